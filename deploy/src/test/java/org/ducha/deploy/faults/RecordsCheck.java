package org.ducha.deploy.faults;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;

import org.ducha.deploy.NodeSchema;

/**
 * The records side of the exactly-once check, for {@link FaultTraffic}: the province, the
 * city and the county each hold exactly the tasks, assignments, reports and alerts the
 * traffic wrote, each once (the county is the assignee of every task and the sender or
 * recipient of every alert, the city relays them all), the assignments' copies agree with
 * the county's own, and every alert is signed for exactly where its recipient signed. The
 * links' side is {@code ExactlyOnceCheck.verifyLinks()}.
 */
final class RecordsCheck {

	private final NodeSchema province;

	private final NodeSchema city;

	private final NodeSchema county;

	private final FaultTraffic.Ledger ledger;

	private final SoftAssertions softly = new SoftAssertions();

	RecordsCheck(NodeSchema province, NodeSchema city, NodeSchema county, FaultTraffic.Ledger ledger) {
		this.province = province;
		this.city = city;
		this.county = county;
		this.ledger = ledger;
	}

	/** Runs every check, failing with all violations at once. */
	void verify() {
		Set<String> alerts = new HashSet<>(this.ledger.prompts);
		alerts.addAll(this.ledger.warnings);
		for (NodeSchema node : List.of(this.province, this.city, this.county)) {
			holds(node, "task", this.ledger.tasks.keySet());
			holds(node, "assignment", new HashSet<>(this.ledger.tasks.values()));
			holds(node, "progress_report", this.ledger.reports);
			holds(node, "alert", alerts);
			this.softly.assertThat(node.column("SELECT id FROM alert WHERE status = 'ACKNOWLEDGED'"))
				.as(node + ": alerts signed for, exactly those whose recipient signed")
				.containsExactlyInAnyOrderElementsOf(
						alerts.stream().filter(this.ledger.acknowledged::contains).toList());
		}
		String state = "SELECT id, unit_code, status, percent_complete, assignee_revision FROM assignment";
		Map<String, Map<String, Object>> atProvince = byId(this.province.rows(state));
		Map<String, Map<String, Object>> atCity = byId(this.city.rows(state));
		for (Map<String, Object> own : this.county.rows(state)) {
			String id = (String) own.get("id");
			this.softly.assertThat(atCity.get(id))
				.as("assignment " + id + " at the city as at the county")
				.isEqualTo(own);
			this.softly.assertThat(atProvince.get(id))
				.as("assignment " + id + " at the province as at the county")
				.isEqualTo(own);
		}
		this.softly.assertThat(this.province.column("SELECT id FROM assignment WHERE status <> 'PENDING_SIGN'"))
			.as("assignments signed, as the province sees them")
			.containsExactlyInAnyOrderElementsOf(this.ledger.signed);
		this.softly
			.assertThat(this.province.number("SELECT COUNT(*) FROM assignment a WHERE a.assignee_revision <> "
					+ "(CASE WHEN a.status = 'PENDING_SIGN' THEN 0 ELSE 1 END) "
					+ "+ (SELECT COUNT(*) FROM progress_report r WHERE r.assignment_id = a.id)"))
			.as("assignments at the province whose revision is not 1 (signing) + their reports")
			.isZero();
		this.softly.assertAll();
	}

	/** The node holds exactly these rows of a table, each once. */
	private void holds(NodeSchema node, String table, Set<String> expected) {
		this.softly.assertThat(node.column("SELECT id FROM " + table))
			.as(node + " holds exactly its " + table + " rows")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.put((String) row.get("id"), row));
		return byId;
	}

}
