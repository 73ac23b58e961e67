package org.ducha.deploy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;

/**
 * The end-to-end check after a crash and catch-up, read from the nodes' schemas: each
 * link delivered its whole log once and in full, each record the traffic wrote is held
 * exactly by the nodes that should hold it (and by no other), and the copies agree.
 */
public final class ExactlyOnceCheck {

	private final NodeSchema province;

	private final NodeSchema city;

	private final List<NodeSchema> counties;

	private final TrafficLedger ledger;

	private final SoftAssertions softly = new SoftAssertions();

	/** Rows held besides the traffic's, by node code and table. */
	private final Map<String, Set<String>> extra = new HashMap<>();

	ExactlyOnceCheck(NodeSchema province, NodeSchema city, List<NodeSchema> counties, TrafficLedger ledger) {
		this.province = province;
		this.city = city;
		this.counties = counties;
		this.ledger = ledger;
	}

	/**
	 * A check of the links alone, for traffic of another kind than {@link Traffic} whose
	 * records the caller checks itself.
	 * @param province the province
	 * @param city its city
	 * @param counties the city's counties
	 */
	public ExactlyOnceCheck(NodeSchema province, NodeSchema city, List<NodeSchema> counties) {
		this(province, city, counties, null);
	}

	/**
	 * The link checks of {@link #verify()}: each direction of each link delivered its
	 * whole log once and in full, and what the province and the counties sent each other
	 * through the city arrived once; fails with all violations at once.
	 * @return entries delivered per link direction and channel, such as
	 * {@code 440000→441700 task}
	 */
	public Map<String, Long> verifyLinks() {
		Map<String, Long> delivered = new LinkedHashMap<>();
		delivered.putAll(link(this.province, this.city));
		for (NodeSchema county : this.counties) {
			delivered.putAll(link(this.city, county));
		}
		delivered.putAll(link(this.city, this.province));
		for (NodeSchema county : this.counties) {
			delivered.putAll(link(county, this.city));
		}
		endToEnd();
		this.softly.assertAll();
		return delivered;
	}

	/**
	 * Runs every check, failing with all violations at once.
	 * @return entries delivered per link direction and channel, such as
	 * {@code 440000→441700 task}
	 */
	Map<String, Long> verify() {
		Map<String, Long> delivered = new LinkedHashMap<>();
		delivered.putAll(link(this.province, this.city));
		for (NodeSchema county : this.counties) {
			delivered.putAll(link(this.city, county));
		}
		delivered.putAll(link(this.city, this.province));
		for (NodeSchema county : this.counties) {
			delivered.putAll(link(county, this.city));
		}
		endToEnd();
		tasksAndAssignments();
		reports();
		contributions();
		alerts();
		this.softly.assertAll();
		return delivered;
	}

	/**
	 * The check after a node was restored from a backup (docs/protocol.md, "Restored
	 * nodes"), when a log may have taken a new epoch and been replaced by a snapshot, so
	 * that it no longer starts at 1 and what it holds was not all applied as entries:
	 * every link healed (each log acknowledged to its end, nothing blocked, the receiver
	 * following the log's epoch and applied through its end), and each record the traffic
	 * wrote held exactly by the nodes that should hold it, and the copies agree.
	 * @return entries written per link direction and channel; zero everywhere is a
	 * failure
	 */
	public Map<String, Long> verifyHealed() {
		Map<String, Long> written = new LinkedHashMap<>();
		written.putAll(healed(this.province, this.city));
		written.putAll(healed(this.city, this.province));
		for (NodeSchema county : this.counties) {
			written.putAll(healed(this.city, county));
			written.putAll(healed(county, this.city));
		}
		this.softly.assertThat(written.values().stream().mapToLong(Long::longValue).sum())
			.as("entries written on the links")
			.isPositive();
		endToEnd();
		if (this.ledger != null) {
			tasksAndAssignments();
			reports();
			contributions();
			alerts();
		}
		this.softly.assertAll();
		return written;
	}

	/**
	 * Rows a node holds besides the traffic's, such as what a restored node originated
	 * and its neighbour keeps.
	 */
	public ExactlyOnceCheck alsoHeld(NodeSchema node, String table, Set<String> ids) {
		this.extra.computeIfAbsent(node.code() + "/" + table, (key) -> new HashSet<>()).addAll(ids);
		return this;
	}

	private Map<String, Long> healed(NodeSchema sender, NodeSchema receiver) {
		Map<String, Long> written = new LinkedHashMap<>();
		for (Map<String, Object> log : sender.rows(
				"SELECT channel, epoch, last_seq, acked_seq, blocked FROM fed_outbound_log WHERE peer_code = ?",
				receiver.code())) {
			String what = sender + "→" + receiver + " " + log.get("channel");
			written.put(what,
					appliedThroughItsEnd(sender, receiver, log, what, "the receiver follows the log's epoch"));
		}
		return written;
	}

	/**
	 * A log acknowledged to its end, not blocked, and applied through its end by the
	 * receiver on the log's epoch.
	 * @param sameEpoch what the epoch check says
	 * @return the log's last sequence number
	 */
	private long appliedThroughItsEnd(NodeSchema sender, NodeSchema receiver, Map<String, Object> log, String what,
			String sameEpoch) {
		long last = ((Number) log.get("last_seq")).longValue();
		this.softly.assertThat(((Number) log.get("acked_seq")).longValue()).as(what + ": acknowledged").isEqualTo(last);
		this.softly.assertThat(log.get("blocked")).as(what + ": blocked").isIn(false, 0, 0L, Boolean.FALSE);
		List<Map<String, Object>> cursor = receiver.rows(
				"SELECT epoch, applied_seq, state FROM fed_inbound_cursor WHERE peer_code = ? AND channel = ?",
				sender.code(), log.get("channel"));
		this.softly.assertThat(cursor).as(what + ": receiver's cursor").hasSize(1);
		if (cursor.size() == 1) {
			this.softly.assertThat(((Number) cursor.get(0).get("applied_seq")).longValue())
				.as(what + ": applied through")
				.isEqualTo(last);
			this.softly.assertThat(cursor.get(0).get("state")).as(what + ": cursor state").isEqualTo("OK");
			this.softly.assertThat(cursor.get(0).get("epoch")).as(what + ": " + sameEpoch).isEqualTo(log.get("epoch"));
		}
		return last;
	}

	/** One direction of a link: the sender's whole log applied once by the receiver. */
	private Map<String, Long> link(NodeSchema sender, NodeSchema receiver) {
		Map<String, Long> delivered = new LinkedHashMap<>();
		for (Map<String, Object> log : sender.rows(
				"SELECT channel, epoch, last_seq, acked_seq, blocked FROM fed_outbound_log WHERE peer_code = ?",
				receiver.code())) {
			String channel = (String) log.get("channel");
			String what = sender + "→" + receiver + " " + channel;
			long last = appliedThroughItsEnd(sender, receiver, log, what, "same log, no re-sync");
			delivered.put(what, last);
			List<String> sent = sender.column(
					"SELECT event_id FROM fed_outbound_entry WHERE peer_code = ? AND channel = ? ORDER BY seq",
					receiver.code(), channel);
			this.softly.assertThat(sent).as(what + ": entries kept, gapless from 1").hasSize((int) last);
			this.softly
				.assertThat(sender
					.number("SELECT COALESCE(MAX(seq), 0) - COALESCE(MIN(seq), 1) + 1 FROM fed_outbound_entry "
							+ "WHERE peer_code = ? AND channel = ?", receiver.code(), channel))
				.as(what + ": sequence numbers without gaps")
				.isEqualTo(last);
			this.softly.assertThat(sent).as(what + ": no event sent twice on the link").doesNotHaveDuplicates();
			List<String> applied = receiver.column(
					"SELECT event_id FROM fed_applied_event WHERE peer_code = ? AND channel = ?", sender.code(),
					channel);
			this.softly.assertThat(applied)
				.as(what + ": every entry applied exactly once")
				.containsExactlyInAnyOrderElementsOf(sent);
		}
		return delivered;
	}

	/** What one node sends to a node two hops away arrives there, once. */
	private void endToEnd() {
		for (NodeSchema county : this.counties) {
			List<String> down = this.province.column(
					"SELECT event_id FROM fed_outbound_entry WHERE peer_code = ? AND destination_node = ?",
					this.city.code(), county.code());
			this.softly
				.assertThat(county.column("SELECT event_id FROM fed_applied_event WHERE origin_node = ?",
						this.province.code()))
				.as(this.province + "⇒" + county + ": every event of the province for the county applied there once")
				.containsExactlyInAnyOrderElementsOf(down);
			List<String> up = county.column(
					"SELECT event_id FROM fed_outbound_entry WHERE peer_code = ? AND destination_node = ?",
					this.city.code(), this.province.code());
			this.softly
				.assertThat(this.province.column("SELECT event_id FROM fed_applied_event WHERE origin_node = ?",
						county.code()))
				.as(county + "⇒" + this.province + ": every event of the county for the province applied there once")
				.containsExactlyInAnyOrderElementsOf(up);
		}
		this.softly.assertThat(this.province.number("SELECT COUNT(*) FROM fed_parked_event"))
			.as("nothing parked at the province")
			.isZero();
	}

	private void tasksAndAssignments() {
		Set<String> allTasks = this.ledger.tasks.keySet();
		Map<String, String> unitOfAssignment = new LinkedHashMap<>();
		this.ledger.tasks.values()
			.forEach((byCounty) -> byCounty.forEach((unit, id) -> unitOfAssignment.put(id, unit)));
		holds(this.province, "task", allTasks);
		holds(this.city, "task", allTasks);
		holds(this.province, "assignment", unitOfAssignment.keySet());
		holds(this.city, "assignment", unitOfAssignment.keySet());
		for (NodeSchema county : this.counties) {
			holds(county, "task",
					this.ledger.tasks.entrySet()
						.stream()
						.filter((task) -> task.getValue().containsKey(county.code()))
						.map(Map.Entry::getKey)
						.collect(Collectors.toSet()));
			holds(county, "assignment", keys(unitOfAssignment, county.code()::equals));
		}
		String state = "SELECT id, unit_code, status, percent_complete, assignee_revision FROM assignment";
		Map<String, Map<String, Object>> atProvince = byId(this.province.rows(state));
		Map<String, Map<String, Object>> atCity = byId(this.city.rows(state));
		for (NodeSchema county : this.counties) {
			for (Map<String, Object> own : county.rows(state)) {
				String id = (String) own.get("id");
				this.softly.assertThat(atCity.get(id))
					.as("assignment " + id + " at the city as at " + county)
					.isEqualTo(own);
				this.softly.assertThat(atProvince.get(id))
					.as("assignment " + id + " at the province as at " + county)
					.isEqualTo(own);
			}
		}
		Set<String> signed = new HashSet<>();
		this.ledger.signed.values().forEach((list) -> list.forEach((a) -> signed.add(a.assignmentId())));
		this.softly.assertThat(this.province.column("SELECT id FROM assignment WHERE status <> 'PENDING_SIGN'"))
			.as("assignments signed, as the province sees them")
			.containsExactlyInAnyOrderElementsOf(signed);
	}

	private void reports() {
		Set<String> all = this.ledger.reports.keySet();
		holds(this.province, "progress_report", all);
		holds(this.city, "progress_report", all);
		for (NodeSchema county : this.counties) {
			holds(county, "progress_report", keys(this.ledger.reports, county.code()::equals));
		}
		long perAssignmentMismatches = this.province
			.number("SELECT COUNT(*) FROM assignment a WHERE a.assignee_revision <> "
					+ "(CASE WHEN a.status = 'PENDING_SIGN' THEN 0 ELSE 1 END) "
					+ "+ (SELECT COUNT(*) FROM progress_report r WHERE r.assignment_id = a.id)");
		this.softly.assertThat(perAssignmentMismatches)
			.as("assignments at the province whose revision is not 1 (signing) + their reports")
			.isZero();
	}

	/**
	 * Every co-unit's contribution reached the issuing province and the relaying city
	 * once (on its way up; the province's passing it on to the lead comes back through
	 * the city as the same record).
	 */
	private void contributions() {
		Set<String> all = this.ledger.contributions.keySet();
		holds(this.province, "contribution", all);
		holds(this.city, "contribution", all);
	}

	private void alerts() {
		Set<String> all = new HashSet<>(this.ledger.prompts.keySet());
		all.addAll(this.ledger.warnings.keySet());
		holds(this.province, "alert", all);
		// the city's own prompts (traffic that writes at the city) stay below the
		// province
		Set<String> atCity = new HashSet<>(all);
		atCity.addAll(this.ledger.cityPrompts.keySet());
		holds(this.city, "alert", atCity);
		for (NodeSchema county : this.counties) {
			Set<String> own = new HashSet<>(keys(this.ledger.prompts, county.code()::equals));
			own.addAll(keys(this.ledger.warnings, county.code()::equals));
			own.addAll(keys(this.ledger.cityPrompts, county.code()::equals));
			holds(county, "alert", own);
		}
		for (NodeSchema node : nodes()) {
			this.softly.assertThat(node.column("SELECT id FROM alert WHERE status = 'ACKNOWLEDGED'"))
				.as(node + ": alerts signed for, exactly those whose recipient signed")
				.containsExactlyInAnyOrderElementsOf(node.column("SELECT id FROM alert")
					.stream()
					.filter(this.ledger.acknowledged::contains)
					.toList());
		}
	}

	/** The node holds exactly these rows of a table, each once. */
	private void holds(NodeSchema node, String table, Set<String> expected) {
		Set<String> all = new HashSet<>(expected);
		all.addAll(this.extra.getOrDefault(node.code() + "/" + table, Set.of()));
		this.softly.assertThat(node.column("SELECT id FROM " + table))
			.as(node + " holds exactly its " + table + " rows")
			.containsExactlyInAnyOrderElementsOf(all);
	}

	private List<NodeSchema> nodes() {
		List<NodeSchema> nodes = new java.util.ArrayList<>(List.of(this.province, this.city));
		nodes.addAll(this.counties);
		return nodes;
	}

	private static Set<String> keys(Map<String, String> map, Predicate<String> value) {
		return map.entrySet()
			.stream()
			.filter((entry) -> value.test(entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.put((String) row.get("id"), row));
		return byId;
	}

}
