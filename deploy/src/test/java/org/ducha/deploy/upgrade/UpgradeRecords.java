package org.ducha.deploy.upgrade;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;

import org.ducha.deploy.NodeSchema;

/**
 * The records side of the exactly-once check after a rolling upgrade: every node holds
 * exactly the tasks, assignments, reports and alerts of {@link UpgradeTraffic} that are
 * its own (the province and the city all of them, a county those it was assigned,
 * prompted, reported or raised), each once; every node holds each formula version the
 * province set once, applied and audited once, including those it parked before its
 * upgrade; and nothing is left parked. The links' side is
 * {@code ExactlyOnceCheck.verifyLinks()}.
 */
final class UpgradeRecords {

	private final NodeSchema province;

	private final NodeSchema city;

	private final List<NodeSchema> counties;

	private final UpgradeTraffic.Ledger ledger;

	private final Set<String> formulaVersions;

	private final SoftAssertions softly = new SoftAssertions();

	UpgradeRecords(NodeSchema province, NodeSchema city, List<NodeSchema> counties, UpgradeTraffic.Ledger ledger,
			Set<String> formulaVersions) {
		this.province = province;
		this.city = city;
		this.counties = counties;
		this.ledger = ledger;
		this.formulaVersions = formulaVersions;
	}

	/** Runs every check, failing with all violations at once. */
	void verify() {
		for (NodeSchema node : List.of(this.province, this.city)) {
			holds(node, "task", this.ledger.tasks.keySet());
			holds(node, "assignment", this.ledger.assignments.keySet());
			holds(node, "progress_report", this.ledger.reports.keySet());
			holds(node, "alert", union(this.ledger.prompts.keySet(), this.ledger.warnings.keySet()));
		}
		for (NodeSchema county : this.counties) {
			holds(county, "task", own(this.ledger.tasks, county));
			holds(county, "assignment", own(this.ledger.assignments, county));
			holds(county, "progress_report", own(this.ledger.reports, county));
			holds(county, "alert", union(own(this.ledger.prompts, county), own(this.ledger.warnings, county)));
		}
		this.softly.assertThat(this.province.column("SELECT id FROM assignment WHERE status <> 'PENDING_SIGN'"))
			.as("assignments signed, as the province sees them")
			.containsExactlyInAnyOrderElementsOf(this.ledger.signed);
		for (NodeSchema node : nodes()) {
			this.softly.assertThat(node.column("SELECT version FROM assessment_formula"))
				.as(node + " holds each formula version once")
				.containsExactlyInAnyOrderElementsOf(this.formulaVersions);
			this.softly.assertThat(node.number("SELECT COUNT(*) FROM fed_parked_event"))
				.as(node + ": nothing left parked")
				.isZero();
		}
		List<NodeSchema> receivers = new java.util.ArrayList<>(List.of(this.city));
		receivers.addAll(this.counties);
		for (NodeSchema node : receivers) {
			this.softly
				.assertThat(
						node.number("SELECT COUNT(*) FROM audit_event WHERE action = 'ASSESSMENT_FORMULA_RECEIVED'"))
				.as(node + ": each formula version received (audited) once")
				.isEqualTo(this.formulaVersions.size());
		}
		this.softly.assertAll();
	}

	/** The node holds exactly these rows of a table, each once. */
	private void holds(NodeSchema node, String table, Set<String> expected) {
		this.softly.assertThat(node.column("SELECT id FROM " + table))
			.as(node + " holds exactly its " + table + " rows")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	private List<NodeSchema> nodes() {
		List<NodeSchema> nodes = new java.util.ArrayList<>(List.of(this.province, this.city));
		nodes.addAll(this.counties);
		return nodes;
	}

	private static Set<String> own(Map<String, String> ledger, NodeSchema county) {
		return ledger.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(county.code()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

}
