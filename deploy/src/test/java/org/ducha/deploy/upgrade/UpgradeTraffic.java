package org.ducha.deploy.upgrade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.TrafficWorkers;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Business traffic both ways across nodes of two releases, over their REST APIs (which
 * both releases share): the province issues tasks to the counties and raises prompts to
 * them; each county signs what arrived, reports on it and raises warnings to the
 * province. The city is never called, so its upgrade fails no request. Everything written
 * is kept in a ledger that {@link UpgradeRecords} checks the databases against.
 */
final class UpgradeTraffic {

	private static final long PAUSE_MILLIS = 150;

	final Ledger ledger = new Ledger();

	private final NodeProcess province;

	private final List<NodeProcess> counties;

	private final TrafficWorkers workers = new TrafficWorkers(PAUSE_MILLIS, this.ledger.failures);

	UpgradeTraffic(NodeProcess province, List<NodeProcess> counties) {
		this.province = province;
		this.counties = counties;
		counties.forEach((county) -> this.ledger.arrived.put(county.code(), new ConcurrentLinkedDeque<>()));
	}

	void start() {
		this.workers.add("upgrade-traffic-" + this.province.code(), this::provinceStep);
		for (NodeProcess county : this.counties) {
			this.workers.add("upgrade-traffic-" + county.code(), (iteration) -> countyStep(county, iteration));
		}
		this.workers.start();
	}

	/** Stops generating and waits for the requests in flight. */
	void stop() {
		this.workers.stop();
	}

	private void provinceStep(int iteration) {
		RestClient supervisor = supervisor(this.province);
		NodeProcess county = this.counties.get(iteration % this.counties.size());
		if (iteration % 2 == 0) {
			RestClient leader = this.province
				.api(TestKeys.token("leader-" + this.province.code(), this.province.code(), null, "leader"));
			Map<String, Object> task = IssuedTasks.issue(supervisor, leader,
					Map.of("title", "升级期间的任务 " + iteration, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
							LocalDate.now().plusMonths(3).toString(), "assignees",
							List.of(Map.of("unitCode", county.code(), "role", "LEAD"))));
			Map<?, ?> assignment = (Map<?, ?>) ((List<?>) task.get("assignments")).get(0);
			this.ledger.tasks.put((String) task.get("id"), county.code());
			this.ledger.assignments.put((String) assignment.get("id"), county.code());
			this.ledger.taskOfAssignment.put((String) assignment.get("id"), (String) task.get("id"));
			this.ledger.arrived.get(county.code()).add((String) assignment.get("id"));
		}
		else {
			Map<?, ?> alert = supervisor.post()
				.uri("/api/v1/alerts")
				.body(Map.of("kind", "PROMPT", "toNode", county.code(), "title", "升级期间的提示 " + iteration))
				.retrieve()
				.body(Map.class);
			this.ledger.prompts.put((String) alert.get("id"), county.code());
		}
	}

	private void countyStep(NodeProcess county, int iteration) {
		RestClient supervisor = supervisor(county);
		Deque<String> arrived = this.ledger.arrived.get(county.code());
		String assignment = arrived.poll();
		if (assignment == null) {
			return;
		}
		try {
			supervisor.post().uri("/api/v1/assignments/{id}/sign", assignment).retrieve().toBodilessEntity();
		}
		catch (HttpClientErrorException.NotFound ex) {
			arrived.addFirst(assignment); // not arrived yet
			return;
		}
		this.ledger.signed.add(assignment);
		Map<?, ?> report = supervisor.post()
			.uri("/api/v1/assignments/{id}/reports", assignment)
			.body(Map.of("percentComplete", 10, "progress", "升级期间的进展 " + iteration))
			.retrieve()
			.body(Map.class);
		this.ledger.reports.put((String) report.get("id"), county.code());
		Map<?, ?> warning = supervisor.post()
			.uri("/api/v1/alerts")
			.body(Map.of("kind", "RISK", "toNode", this.province.code(), "taskId", taskOf(assignment), "title",
					"升级期间的预警 " + iteration, "message", "资金缺口"))
			.retrieve()
			.body(Map.class);
		this.ledger.warnings.put((String) warning.get("id"), county.code());
	}

	private String taskOf(String assignment) {
		return this.ledger.taskOfAssignment.get(assignment);
	}

	private static RestClient supervisor(NodeProcess node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	/** What the traffic wrote, and where: the expectations of the records check. */
	static final class Ledger {

		/** Task id → the county it is assigned to. */
		final Map<String, String> tasks = new ConcurrentHashMap<>();

		/** Assignment id → its county. */
		final Map<String, String> assignments = new ConcurrentHashMap<>();

		/** Assignment id → its task. */
		final Map<String, String> taskOfAssignment = new ConcurrentHashMap<>();

		/** Prompt id → the county it is addressed to. */
		final Map<String, String> prompts = new ConcurrentHashMap<>();

		/** Report id → the county that wrote it. */
		final Map<String, String> reports = new ConcurrentHashMap<>();

		/** Warning id → the county that raised it. */
		final Map<String, String> warnings = new ConcurrentHashMap<>();

		/** Assignments signed by their county. */
		final Set<String> signed = ConcurrentHashMap.newKeySet();

		/** Requests that failed (none should). */
		final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		/** Per county, the assignments issued to it and not yet signed. */
		final Map<String, Deque<String>> arrived = new ConcurrentHashMap<>();

		@Override
		public String toString() {
			return "tasks=" + this.tasks.size() + ", prompts=" + this.prompts.size() + ", signatures="
					+ this.signed.size() + ", reports=" + this.reports.size() + ", warnings=" + this.warnings.size()
					+ ", failed requests=" + this.failures.size();
		}

	}

}
