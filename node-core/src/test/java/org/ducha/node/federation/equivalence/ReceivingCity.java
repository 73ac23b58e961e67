package org.ducha.node.federation.equivalence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.ducha.node.NodeLevel;
import org.ducha.node.divisions.Divisions;
import org.ducha.node.divisions.Divisions;
import org.ducha.node.federation.equivalence.WireScript.Log;
import org.ducha.node.federation.equivalence.WireScript.Sent;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Ack;
import org.ducha.proto.federation.v1.Entry;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city 441700 (three departments, the province above, two counties below) on its own
 * schema, made fresh before each script (with tasks of its own to its counties, or as a
 * copy of another city that issued them): it receives the script's batches from its
 * hand-played peers and is then dumped.
 */
final class ReceivingCity implements AutoCloseable {

	private final TestNode node;

	/** Tables the node left empty when it started, emptied again before each script. */
	private final List<String> emptyAtStart;

	ReceivingCity(TestClock clock) {
		this.node = TestNode.node(ScriptWorld.CITY, NodeLevel.CITY)
			.name("阳江市")
			.parent(ScriptWorld.PROVINCE, "127.0.0.1:1")
			.children(ScriptWorld.COUNTIES.toArray(String[]::new))
			.departments(Map.of("fgj", "阳江市发展和改革局", "jtj", "阳江市交通运输局", "zjj", "阳江市住房和城乡建设局"))
			.withoutTransport()
			.property("logging.level.org.ducha", "WARN")
			.property("logging.level.org.ducha.node.federation.InboundApplier", "ERROR")
			.bean("clock", clock)
			.start();
		this.emptyAtStart = jdbc()
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
					+ "AND table_type = 'BASE TABLE' AND table_rows = 0 ORDER BY table_name")
			.query(String.class)
			.list()
			.stream()
			.filter((table) -> count(table) == 0)
			.toList();
	}

	JdbcClient jdbc() {
		return this.node.bean(JdbcClient.class);
	}

	private long count(String table) {
		return jdbc().sql("SELECT COUNT(*) FROM `" + table + "`").query(Long.class).single();
	}

	/**
	 * Plays the batches to the city, in order, each to its log's peer; checks each Ack.
	 * @return the sequence numbers the city said it quarantined, by log
	 */
	Map<Log, List<Long>> receive(List<List<Sent>> batches) {
		Map<String, PlayedPeer> peers = Map.of(ScriptWorld.PROVINCE, PlayedPeer.parent(this.node, ScriptWorld.PROVINCE),
				"441702", PlayedPeer.child(this.node, "441702"), "441704", PlayedPeer.child(this.node, "441704"));
		Map<Log, List<Long>> quarantined = new EnumMap<>(Log.class);
		try {
			for (List<Sent> batch : batches) {
				Log log = batch.get(0).log();
				List<Entry> entries = batch.stream().map(Sent::entry).toList();
				Ack ack = peers.get(log.peer).send(log.channel, entries);
				assertThat(ack.getAppliedThroughSeq()).as("applied through, on %s", log)
					.isEqualTo(entries.get(entries.size() - 1).getSeq());
				ack.getQuarantinedList()
					.forEach((q) -> quarantined.computeIfAbsent(log, (l) -> new ArrayList<>()).add(q.getSeq()));
			}
		}
		finally {
			peers.values().forEach(PlayedPeer::close);
		}
		return quarantined;
	}

	SchemaDump dump(Set<String> stated) {
		return SchemaDump.of(jdbc(), stated);
	}

	/**
	 * Makes the city fresh, then has it issue tasks of its own to its counties, as its
	 * supervisors and leader would, each to one county or both.
	 */
	void issueOwnTasks(ScriptWorld world, Random random, int count) {
		fresh();
		for (int i = 0; i < count; i++) {
			List<String> counties = new ArrayList<>(ScriptWorld.COUNTIES);
			if (random.nextBoolean()) {
				Collections.reverse(counties);
			}
			List<String> units = counties.subList(0, 1 + random.nextInt(counties.size()));
			List<Map<String, Object>> assignees = new ArrayList<>();
			for (int u = 0; u < units.size(); u++) {
				assignees.add(Map.of("unitCode", units.get(u), "role", (u == 0) ? "LEAD" : "CO"));
			}
			String deadline = "2026-0" + (6 + random.nextInt(4)) + "-30";
			Map<String, Object> issued = IssuedTasks.issue(this.node, Map.of("title", "市级重点任务 " + (i + 1), "source",
					"MAJOR_DECISION", "type", "SPECIAL", "deadline", deadline, "assignees", assignees));
			ScriptWorld.Task task = world.cityTask((String) issued.get("id"), deadline);
			for (Object made : (List<?>) issued.get("assignments")) {
				Map<?, ?> assignment = (Map<?, ?>) made;
				task.assignments.add(new ScriptWorld.Assignment((String) assignment.get("id"), task,
						(String) assignment.get("unitCode"), "LEAD".equals(assignment.get("role"))));
			}
		}
	}

	/**
	 * Makes this city's schema a copy of another's, row for row, so that both start from
	 * the same state (the other's own tasks included).
	 */
	void copyOf(ReceivingCity other) {
		String source = other.node.schema();
		List<String> tables = jdbc()
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
					+ "AND table_type = 'BASE TABLE' ORDER BY table_name")
			.query(String.class)
			.list();
		try (Connection connection = this.node.bean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SET FOREIGN_KEY_CHECKS = 0");
			for (String table : tables) {
				String columns = String.join(", ",
						jdbc().sql("SELECT CONCAT('`', column_name, '`') FROM information_schema.columns "
								+ "WHERE table_schema = DATABASE() AND table_name = ? AND extra NOT LIKE '%GENERATED%' "
								+ "ORDER BY ordinal_position")
							.param(table)
							.query(String.class)
							.list());
				statement.executeUpdate("DELETE FROM `" + table + "`");
				statement.executeUpdate("INSERT INTO `" + table + "` (" + columns + ") SELECT " + columns + " FROM `"
						+ source + "`.`" + table + "`");
			}
			statement.execute("SET FOREIGN_KEY_CHECKS = 1");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.node.bean(Divisions.class).reload();
	}

	/**
	 * Empties every table the node started without rows, then its state as a new node.
	 */
	private void fresh() {
		try (Connection connection = this.node.bean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SET FOREIGN_KEY_CHECKS = 0");
			for (String table : this.emptyAtStart) {
				statement.executeUpdate("DELETE FROM `" + table + "`");
			}
			statement.execute("SET FOREIGN_KEY_CHECKS = 1");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.node.resetState();
	}

	@Override
	public void close() {
		this.node.close();
	}

}
