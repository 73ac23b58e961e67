package org.ducha.deploy.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.Traffic;
import org.ducha.deploy.TrafficWorkers;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;

import org.springframework.web.client.RestClient;

/**
 * Business traffic both ways between a province and a county two hops below it, through
 * the city the faults hit: the province issues skip-level tasks and prompts, the county
 * signs, reports and raises warnings, and each side signs for the alerts it receives.
 * Started and stopped around each scenario; the {@link Ledger} of what was written runs
 * on across them, as the nodes do. Neither the city nor any port the faults touch is
 * called, so no request may fail.
 */
final class FaultTraffic {

	private static final long PAUSE_MILLIS = 100;

	final Ledger ledger = new Ledger();

	private final NodeProcess province;

	private final NodeProcess county;

	private final TrafficWorkers workers = new TrafficWorkers(PAUSE_MILLIS, this.ledger.failures);

	FaultTraffic(NodeProcess province, NodeProcess county) {
		this.province = province;
		this.county = county;
	}

	void start() {
		// its steps count their rounds from 1
		ProvinceWorker province = new ProvinceWorker();
		CountyWorker county = new CountyWorker();
		this.workers.add("traffic-" + this.province.code(), (iteration) -> province.run(iteration + 1));
		this.workers.add("traffic-" + this.county.code(), (iteration) -> county.run(iteration + 1));
		this.workers.start();
	}

	/** Stops generating and waits for the requests in flight. */
	void stop() {
		this.workers.stop();
	}

	private static RestClient as(NodeProcess node, String role) {
		return node.api(TestKeys.token(role + "-" + node.code(), node.code(), null, role));
	}

	/** Signs for up to three arrived alerts of a queue, in order. */
	private void acknowledge(Deque<String> pending, RestClient api) {
		for (int i = 0; i < 3 && !pending.isEmpty(); i++) {
			String alertId = pending.poll();
			boolean done = Traffic.arrived(() -> api.post()
				.uri("/api/v1/alerts/{id}/acknowledge", alertId)
				.body(Map.of("note", "已阅"))
				.retrieve()
				.toBodilessEntity());
			if (!done) {
				pending.addFirst(alertId);
				return;
			}
			this.ledger.acknowledged.add(alertId);
		}
	}

	/** Issues tasks to the county and raises prompts; signs for its warnings. */
	private final class ProvinceWorker implements TrafficWorkers.Step {

		private final RestClient api = as(FaultTraffic.this.province, "supervisor");

		private final RestClient leader = as(FaultTraffic.this.province, "leader");

		@Override
		public void run(int iteration) {
			String county = FaultTraffic.this.county.code();
			if (iteration % 3 != 2) {
				Map<String, Object> task = IssuedTasks.issue(this.api, this.leader,
						Map.of("title", "网络故障测试任务 " + iteration, "source", "MAJOR_DECISION", "type", "SPECIAL",
								"deadline", LocalDate.now().plusMonths(3).toString(), "assignees",
								List.of(Map.of("unitCode", county, "role", "LEAD"))));
				Map<?, ?> assignment = (Map<?, ?>) ((List<?>) task.get("assignments")).get(0);
				String assignmentId = (String) assignment.get("id");
				FaultTraffic.this.ledger.tasks.put((String) task.get("id"), assignmentId);
				FaultTraffic.this.ledger.pendingSignatures.add(assignmentId);
			}
			else {
				Map<?, ?> alert = this.api.post()
					.uri("/api/v1/alerts")
					.body(Map.of("kind", "PROMPT", "toNode", county, "title", "网络故障测试提示 " + iteration))
					.retrieve()
					.body(Map.class);
				String alertId = (String) alert.get("id");
				FaultTraffic.this.ledger.prompts.add(alertId);
				FaultTraffic.this.ledger.pendingPrompts.add(alertId);
			}
			acknowledge(FaultTraffic.this.ledger.pendingWarnings, this.api);
		}

	}

	/** Signs arrived assignments, reports on signed ones, warns, signs prompts. */
	private final class CountyWorker implements TrafficWorkers.Step {

		private final RestClient api = as(FaultTraffic.this.county, "supervisor");

		private final SplittableRandom random = new SplittableRandom(441702);

		@Override
		public void run(int iteration) {
			Ledger ledger = FaultTraffic.this.ledger;
			for (int i = 0; i < 3 && !ledger.pendingSignatures.isEmpty(); i++) {
				String assignmentId = ledger.pendingSignatures.poll();
				if (!Traffic.arrived(() -> this.api.post()
					.uri("/api/v1/assignments/{id}/sign", assignmentId)
					.retrieve()
					.toBodilessEntity())) {
					ledger.pendingSignatures.addFirst(assignmentId);
					break;
				}
				ledger.signed.add(assignmentId);
			}
			if (!ledger.signed.isEmpty()) {
				String assignmentId = ledger.signed.get(this.random.nextInt(ledger.signed.size()));
				int count = ledger.reportsPer.computeIfAbsent(assignmentId, (id) -> new AtomicInteger())
					.incrementAndGet();
				Map<?, ?> report = this.api.post()
					.uri("/api/v1/assignments/{id}/reports", assignmentId)
					.body(Map.of("percentComplete", Math.min(100, count * 7), "progress",
							"第" + count + "次进展：已完成排查" + count * 10 + "处"))
					.retrieve()
					.body(Map.class);
				ledger.reports.add((String) report.get("id"));
				if (iteration % 3 == 0) {
					warn(iteration, assignmentId);
				}
			}
			acknowledge(ledger.pendingPrompts, this.api);
		}

		private void warn(int iteration, String assignmentId) {
			String taskId = FaultTraffic.this.ledger.tasks.entrySet()
				.stream()
				.filter((task) -> task.getValue().equals(assignmentId))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow();
			Map<?, ?> alert = this.api.post()
				.uri("/api/v1/alerts")
				.body(Map.of("kind", "RISK", "toNode", FaultTraffic.this.province.code(), "taskId", taskId, "title",
						"网络故障测试预警 " + iteration, "message", "资金缺口"))
				.retrieve()
				.body(Map.class);
			String alertId = (String) alert.get("id");
			FaultTraffic.this.ledger.warnings.add(alertId);
			FaultTraffic.this.ledger.pendingWarnings.add(alertId);
		}

	}

	/** What the traffic wrote: the expectations of {@link RecordsCheck}. */
	static final class Ledger {

		/** Task id → its one assignment's id (to the county). */
		final Map<String, String> tasks = new ConcurrentHashMap<>();

		final Set<String> prompts = ConcurrentHashMap.newKeySet();

		final Set<String> warnings = ConcurrentHashMap.newKeySet();

		final Set<String> reports = ConcurrentHashMap.newKeySet();

		/** Alerts their recipient signed for. */
		final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

		/** Assignments the county signed. */
		final List<String> signed = new CopyOnWriteArrayList<>();

		/** Requests that failed (none should). */
		final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		final Deque<String> pendingSignatures = new ConcurrentLinkedDeque<>();

		final Deque<String> pendingPrompts = new ConcurrentLinkedDeque<>();

		final Deque<String> pendingWarnings = new ConcurrentLinkedDeque<>();

		final Map<String, AtomicInteger> reportsPer = new ConcurrentHashMap<>();

		/**
		 * A copy that does not know one of the reports: as if a node held a report the
		 * traffic never wrote (a negative control of {@link RecordsCheck}).
		 */
		Ledger forgettingReport(String reportId) {
			Ledger copy = new Ledger();
			copy.tasks.putAll(this.tasks);
			copy.prompts.addAll(this.prompts);
			copy.warnings.addAll(this.warnings);
			copy.reports.addAll(this.reports);
			copy.reports.remove(reportId);
			copy.acknowledged.addAll(this.acknowledged);
			copy.signed.addAll(this.signed);
			return copy;
		}

		@Override
		public String toString() {
			return "tasks=" + this.tasks.size() + ", prompts=" + this.prompts.size() + ", signatures="
					+ this.signed.size() + ", reports=" + this.reports.size() + ", warnings=" + this.warnings.size()
					+ ", acknowledgements=" + this.acknowledged.size() + ", failed requests=" + this.failures.size();
		}

	}

}
