package org.ducha.node.federation.equivalence;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of every table of a node's schema (listed from information_schema), as text
 * that two schemas can be compared by. What counts as equal (docs/conventions.md, "Batch
 * equivalence"):
 * <ul>
 * <li>each table holds the same multiset of rows, compared column by column on everything
 * the node wrote, times included (the node's clock is fixed);</li>
 * <li>except a column the database numbers itself (AUTO_INCREMENT): its counter is not
 * rolled back with a savepoint, so a group rolled back and retried entry by entry skips
 * numbers that one by one never drew;</li>
 * <li>and except ids a node makes for its own records ({@code Ids.newId()}, UUID version
 * 7: random and stamped with the wall clock, so two nodes never make the same one) — each
 * is replaced by {@code <local-id>}, wherever it appears, also inside text; every id the
 * script states is compared as is (its own are of version 4; the city's own tasks, made
 * once and copied to both schemas, are named to the dump);</li>
 * <li>and except the few columns random or wall-clock by design
 * ({@link #RANDOM_BY_DESIGN}).</li>
 * </ul>
 */
final class SchemaDump {

	private static final Pattern LOCAL_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

	/**
	 * Columns drawn at random or from the wall clock by design: Flyway's record of when
	 * and how fast it migrated, which no run touches; and a log's epoch, a random UUID
	 * drawn when the log starts so that its receiver can tell a log that started over
	 * (docs/protocol.md, "Epochs").
	 */
	private static final Map<String, Set<String>> RANDOM_BY_DESIGN = Map.of("flyway_schema_history",
			Set.of("installed_on", "execution_time"), "fed_outbound_log", Set.of("epoch"));

	/** Rows by table, each row as sorted text. */
	final Map<String, List<String>> tables;

	private SchemaDump(Map<String, List<String>> tables) {
		this.tables = tables;
	}

	/**
	 * Dumps a schema.
	 * @param stated the ids of version 7 the script states (the city's own tasks, made
	 * before and copied), compared as they are
	 */
	static SchemaDump of(JdbcClient jdbc, Set<String> stated) {
		Map<String, List<String>> tables = new TreeMap<>();
		List<String> names = jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
					+ "AND table_type = 'BASE TABLE' ORDER BY table_name")
			.query(String.class)
			.list();
		for (String table : names) {
			List<String> skipped = new ArrayList<>(jdbc
				.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
						+ "AND table_name = ? AND extra LIKE '%auto_increment%'")
				.param(table)
				.query(String.class)
				.list());
			skipped.addAll(RANDOM_BY_DESIGN.getOrDefault(table, Set.of()));
			List<String> rows = new ArrayList<>(
					jdbc.sql("SELECT * FROM `" + table + "`").query((rs, n) -> row(rs, skipped, stated)).list());
			rows.sort(null);
			tables.put(table, rows);
		}
		return new SchemaDump(tables);
	}

	private static String row(ResultSet rs, List<String> skipped, Set<String> stated) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		StringBuilder row = new StringBuilder();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String column = meta.getColumnLabel(i);
			if (skipped.stream().anyMatch(column::equalsIgnoreCase)) {
				continue;
			}
			Object value = rs.getObject(i);
			String text = (value instanceof byte[] bytes) ? "0x" + HexFormat.of().formatHex(bytes)
					: String.valueOf(value);
			row.append((row.length() > 0) ? ", " : "")
				.append(column)
				.append('=')
				.append(LOCAL_ID.matcher(text)
					.replaceAll((id) -> stated.contains(id.group()) ? id.group() : "<local-id>"));
		}
		return row.toString();
	}

	int rows(String table) {
		return this.tables.getOrDefault(table, List.of()).size();
	}

	/**
	 * How this schema differs from another, table by table: the rows only one of them
	 * holds (a few of each); empty when they are equal.
	 */
	List<String> differences(SchemaDump other, String mine, String theirs) {
		List<String> differences = new ArrayList<>();
		if (!this.tables.keySet().equals(other.tables.keySet())) {
			differences.add("tables differ: " + this.tables.keySet() + " vs " + other.tables.keySet());
		}
		for (Map.Entry<String, List<String>> table : this.tables.entrySet()) {
			List<String> rows = table.getValue();
			List<String> others = other.tables.getOrDefault(table.getKey(), List.of());
			if (rows.equals(others)) {
				continue;
			}
			List<String> onlyMine = minus(rows, others);
			List<String> onlyTheirs = minus(others, rows);
			StringBuilder text = new StringBuilder(
					table.getKey() + ": " + rows.size() + " rows " + mine + ", " + others.size() + " rows " + theirs);
			onlyMine.stream()
				.limit(3)
				.forEach((row) -> text.append("\n    only ").append(mine).append(": ").append(row));
			onlyTheirs.stream()
				.limit(3)
				.forEach((row) -> text.append("\n    only ").append(theirs).append(": ").append(row));
			differences.add(text.toString());
		}
		return differences;
	}

	/** The rows of one multiset that the other lacks (counting repeats). */
	private static List<String> minus(List<String> rows, List<String> others) {
		Map<String, Integer> counts = new TreeMap<>();
		others.forEach((row) -> counts.merge(row, 1, Integer::sum));
		List<String> left = new ArrayList<>();
		for (String row : rows) {
			Integer count = counts.get(row);
			if (count == null || count == 0) {
				left.add(row);
			}
			else {
				counts.put(row, count - 1);
			}
		}
		return left;
	}

}
