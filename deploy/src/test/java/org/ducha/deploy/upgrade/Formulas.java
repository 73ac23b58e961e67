package org.ducha.deploy.upgrade;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.NodeSchema;
import org.ducha.node.testing.TestKeys;

/**
 * The event kind the previous release does not know: the assessment formula
 * ({@code AssessmentFormulaSet}, kind 107), which the province's system administrator
 * sets and the province sends to every node below it, one entry per node, on the
 * reference channel.
 */
final class Formulas {

	private static final String SENT = "SELECT event_id, destination_node, payload FROM fed_outbound_entry "
			+ "WHERE peer_code = ? AND channel = 'reference' AND event_type = 'ASSESSMENT_FORMULA_SET' ORDER BY seq";

	private final NodeProcess province;

	private final NodeSchema provinceDb;

	Formulas(NodeProcess province, NodeSchema provinceDb) {
		this.province = province;
		this.provinceDb = provinceDb;
	}

	/** Sets the next version at the province, with a weight for reports on time. */
	void set(int expectedVersion, int onTimeReports) {
		Map<?, ?> set = this.province.api(TestKeys.token("sysadmin-440000", "440000", null, "sysadmin"))
			.put()
			.uri("/api/v1/assessment/formula")
			.body(Map.of("reason", "升级测试 " + expectedVersion, "rules",
					List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", onTimeReports),
							Map.of("measure", "ON_TIME_COMPLETION", "weight", 100 - onTimeReports),
							Map.of("measure", "OVERDUE_DAYS", "perFact", 1, "cap", 30))))
			.retrieve()
			.body(Map.class);
		if (((Number) set.get("version")).intValue() != expectedVersion) {
			throw new IllegalStateException("expected formula version " + expectedVersion + ", got " + set);
		}
	}

	/**
	 * Whether the city forwarded to a county each formula entry the province sent for
	 * that county, with the same id and the same bytes.
	 */
	boolean forwardedIntact(NodeSchema city, String county) {
		List<Map<String, Object>> sent = forCounty(this.provinceDb.rows(SENT, "441700"), county);
		List<Map<String, Object>> forwarded = city.rows(
				"SELECT event_id, destination_node, payload FROM fed_outbound_entry WHERE peer_code = ? "
						+ "AND channel = 'reference' AND event_id IN (" + placeholders(sent.size()) + ") ORDER BY seq",
				join(county, sent));
		return !sent.isEmpty() && sameEntries(sent, forwarded);
	}

	/**
	 * Whether the county parked each formula entry the province sent it, byte for byte.
	 */
	boolean parkedIntact(NodeSchema county) {
		List<Map<String, Object>> sent = forCounty(this.provinceDb.rows(SENT, "441700"), county.code());
		List<Map<String, Object>> parked = county.rows("SELECT event_id, payload FROM fed_parked_event");
		return !sent.isEmpty() && sameEntries(sent, parked);
	}

	/** Whether a node received the formula versions in the order they were set. */
	boolean appliedInOrder(NodeSchema node) {
		List<String> details = node
			.column("SELECT detail FROM audit_event WHERE action = 'ASSESSMENT_FORMULA_RECEIVED' ORDER BY id");
		return details.size() == 2 && details.get(0).startsWith("assessment formula version 1:")
				&& details.get(1).startsWith("assessment formula version 2:");
	}

	private static List<Map<String, Object>> forCounty(List<Map<String, Object>> rows, String county) {
		return rows.stream().filter((row) -> county.equals(row.get("destination_node"))).toList();
	}

	/** The same event ids with the same bytes, in whatever order. */
	private static boolean sameEntries(List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
		Map<Object, String> want = new HashMap<>();
		expected.forEach((row) -> want.put(row.get("event_id"), HexFormat.of().formatHex((byte[]) row.get("payload"))));
		Map<Object, String> got = new HashMap<>();
		actual.forEach((row) -> got.put(row.get("event_id"), HexFormat.of().formatHex((byte[]) row.get("payload"))));
		return actual.size() == expected.size() && want.equals(got);
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(Math.max(1, count), "?"));
	}

	private static Object[] join(String county, List<Map<String, Object>> sent) {
		Object[] parameters = new Object[sent.size() + 1];
		parameters[0] = county;
		for (int i = 0; i < sent.size(); i++) {
			parameters[i + 1] = sent.get(i).get("event_id");
		}
		return parameters;
	}

}
