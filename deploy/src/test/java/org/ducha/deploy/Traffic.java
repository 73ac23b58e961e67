package org.ducha.deploy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.ducha.deploy.TrafficLedger.Assignment;
import org.ducha.node.testing.TestKeys;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Business traffic both ways through a province, its city and two counties, generated
 * over the nodes' REST APIs while the test crashes the city: the province issues
 * skip-level tasks and prompts, the counties sign, report and raise warnings, and each
 * side signs for the alerts it receives. Everything written is kept in a ledger that the
 * test checks the databases against. Every POST carries an {@code Idempotency-Key} and is
 * sent again under the same key when its answer was lost ({@link KeyedWrites}). Unless a
 * city is given, the city itself is never called, so its outage never fails a request;
 * given one, its supervisor prompts the counties through it all along, and the prompts
 * whose answers its crash lost are sent again once it is back.
 */
public final class Traffic {

	private static final long PAUSE_MILLIS = 120;

	final TrafficLedger ledger = new TrafficLedger();

	final KeyedWrites writes = new KeyedWrites();

	private final NodeProcess city;

	private final NodeProcess province;

	private final Map<String, NodeProcess> counties;

	private final TrafficWorkers workers = new TrafficWorkers(PAUSE_MILLIS, this.ledger.failures);

	Traffic(NodeProcess province, List<NodeProcess> counties) {
		this(province, counties, null);
	}

	/**
	 * Traffic that also writes at the city, which the test may kill.
	 * @param city the city between them, or null to leave it uncalled
	 */
	Traffic(NodeProcess province, List<NodeProcess> counties, NodeProcess city) {
		this.province = province;
		this.city = city;
		this.counties = new java.util.LinkedHashMap<>();
		counties.forEach((county) -> this.counties.put(county.code(), county));
		counties.forEach((county) -> this.ledger.pendingSignatures.put(county.code(), new ConcurrentLinkedDeque<>()));
		counties.forEach((county) -> this.ledger.pendingPrompts.put(county.code(), new ConcurrentLinkedDeque<>()));
		counties.forEach((county) -> this.ledger.signed.put(county.code(), new CopyOnWriteArrayList<>()));
	}

	void start() {
		this.workers.add("traffic-" + this.province.code(), new ProvinceWorker());
		this.counties.values()
			.forEach((county) -> this.workers.add("traffic-" + county.code(), new CountyWorker(county)));
		if (this.city != null) {
			this.workers.add("traffic-" + this.city.code(), new CityWorker());
		}
		this.workers.start();
	}

	/** Stops generating and waits for the requests in flight. */
	void stop() {
		this.workers.stop();
	}

	public static RestClient supervisor(NodeProcess node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	/** Runs a request that may find its object not yet arrived: false on 404. */
	public static boolean arrived(Runnable request) {
		try {
			request.run();
			return true;
		}
		catch (HttpClientErrorException.NotFound ex) {
			return false;
		}
	}

	/** Issues tasks to one county or both and raises prompts; signs for warnings. */
	private final class ProvinceWorker implements TrafficWorkers.Step {

		private final RestClient api = supervisor(Traffic.this.province);

		private final RestClient leader = Traffic.this.province.api(
				TestKeys.token("leader-" + Traffic.this.province.code(), Traffic.this.province.code(), null, "leader"));

		private final List<String> countyCodes = new ArrayList<>(Traffic.this.counties.keySet());

		@Override
		public void run(int iteration) {
			String county = this.countyCodes.get(iteration % this.countyCodes.size());
			if (iteration % 3 != 2) {
				List<String> assignees = (iteration % 5 == 4) ? this.countyCodes : List.of(county);
				issue(iteration, assignees);
			}
			else {
				prompt(iteration, county);
			}
			acknowledgeArrivedWarnings();
		}

		private void issue(int iteration, List<String> assignees) {
			List<Map<String, String>> units = new ArrayList<>();
			for (int i = 0; i < assignees.size(); i++) {
				units.add(Map.of("unitCode", assignees.get(i), "role", (i == 0) ? "LEAD" : "CO"));
			}
			KeyedWrites writes = Traffic.this.writes;
			Map<String, Object> draft = writes.postUntilAnswered(this.api, "/api/v1/tasks",
					Map.of("title", "进程级测试任务 " + iteration, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
							LocalDate.now().plusMonths(3).toString(), "assignees", units));
			writes.postUntilAnswered(this.api, "/api/v1/tasks/{id}/submit", null, draft.get("id"));
			Map<String, Object> task = writes.postUntilAnswered(this.leader, "/api/v1/tasks/{id}/approve", null,
					draft.get("id"));
			String taskId = (String) task.get("id");
			Map<String, String> assignmentByCounty = new ConcurrentHashMap<>();
			for (Object item : (List<?>) task.get("assignments")) {
				Map<?, ?> assignment = (Map<?, ?>) item;
				String unit = (String) assignment.get("unitCode");
				String assignmentId = (String) assignment.get("id");
				assignmentByCounty.put(unit, assignmentId);
				Traffic.this.ledger.pendingSignatures.get(unit)
					.add(new Assignment(taskId, assignmentId, "LEAD".equals(assignment.get("role"))));
			}
			Traffic.this.ledger.tasks.put(taskId, assignmentByCounty);
		}

		private void prompt(int iteration, String county) {
			Map<?, ?> alert = Traffic.this.writes.postUntilAnswered(this.api, "/api/v1/alerts",
					Map.of("kind", "PROMPT", "toNode", county, "title", "进程级测试提示 " + iteration));
			String alertId = (String) alert.get("id");
			Traffic.this.ledger.prompts.put(alertId, county);
			Traffic.this.ledger.pendingPrompts.get(county).add(alertId);
		}

		private void acknowledgeArrivedWarnings() {
			Deque<String> pending = Traffic.this.ledger.pendingWarnings;
			for (int i = 0; i < 3 && !pending.isEmpty(); i++) {
				String alertId = pending.poll();
				boolean done = arrived(() -> Traffic.this.writes.postUntilAnswered(this.api,
						"/api/v1/alerts/{id}/acknowledge", Map.of("note", "已阅"), alertId));
				if (done) {
					Traffic.this.ledger.acknowledged.add(alertId);
				}
				else {
					pending.addFirst(alertId);
					return;
				}
			}
		}

	}

	/**
	 * Signs arrived assignments, reports on signed ones (a co-unit contributes to its
	 * lead's report instead), raises warnings and signs prompts.
	 */
	private final class CountyWorker implements TrafficWorkers.Step {

		private final NodeProcess county;

		private final RestClient api;

		private final SplittableRandom random;

		private final Map<String, AtomicInteger> reportsPerAssignment = new ConcurrentHashMap<>();

		CountyWorker(NodeProcess county) {
			this.county = county;
			this.api = supervisor(county);
			this.random = new SplittableRandom(county.code().hashCode());
		}

		@Override
		public void run(int iteration) {
			signArrived();
			List<Assignment> signed = Traffic.this.ledger.signed.get(this.county.code());
			if (!signed.isEmpty()) {
				Assignment assignment = signed.get(this.random.nextInt(signed.size()));
				if (assignment.lead()) {
					report(assignment);
				}
				else {
					contribute(assignment);
				}
				if (iteration % 3 == 0) {
					warn(iteration, assignment);
				}
			}
			if (iteration % 2 == 1) {
				acknowledgeArrivedPrompts();
			}
		}

		private void signArrived() {
			Deque<Assignment> pending = Traffic.this.ledger.pendingSignatures.get(this.county.code());
			for (int i = 0; i < 3 && !pending.isEmpty(); i++) {
				Assignment assignment = pending.poll();
				boolean done = arrived(() -> Traffic.this.writes.postUntilAnswered(this.api,
						"/api/v1/assignments/{id}/sign", null, assignment.assignmentId()));
				if (done) {
					Traffic.this.ledger.signed.get(this.county.code()).add(assignment);
				}
				else {
					pending.addFirst(assignment);
					return;
				}
			}
		}

		private void report(Assignment assignment) {
			int count = this.reportsPerAssignment
				.computeIfAbsent(assignment.assignmentId(), (id) -> new AtomicInteger())
				.incrementAndGet();
			Map<?, ?> report = Traffic.this.writes
				.postUntilAnswered(
						this.api, "/api/v1/assignments/{id}/reports", Map.of("percentComplete",
								Math.min(100, count * 7), "progress", "第" + count + "次进展：已完成排查" + count * 10 + "处"),
						assignment.assignmentId());
			Traffic.this.ledger.reports.put((String) report.get("id"), this.county.code());
		}

		private void contribute(Assignment assignment) {
			Map<?, ?> contribution = Traffic.this.writes.postUntilAnswered(this.api,
					"/api/v1/assignments/{id}/contributions",
					Map.of("progress", "协办材料：已完成排查" + this.random.nextInt(100) + "处"), assignment.assignmentId());
			Traffic.this.ledger.contributions.put((String) contribution.get("id"), this.county.code());
		}

		private void warn(int iteration, Assignment assignment) {
			Map<?, ?> alert = Traffic.this.writes.postUntilAnswered(this.api, "/api/v1/alerts",
					Map.of("kind", "RISK", "toNode", Traffic.this.province.code(), "taskId", assignment.taskId(),
							"title", "进程级测试预警 " + iteration, "message", "资金缺口"));
			String alertId = (String) alert.get("id");
			Traffic.this.ledger.warnings.put(alertId, this.county.code());
			Traffic.this.ledger.pendingWarnings.add(alertId);
		}

		private void acknowledgeArrivedPrompts() {
			Deque<String> pending = Traffic.this.ledger.pendingPrompts.get(this.county.code());
			for (int i = 0; i < 3 && !pending.isEmpty(); i++) {
				String alertId = pending.poll();
				boolean done = arrived(() -> Traffic.this.writes.postUntilAnswered(this.api,
						"/api/v1/alerts/{id}/acknowledge", null, alertId));
				if (done) {
					Traffic.this.ledger.acknowledged.add(alertId);
				}
				else {
					pending.addFirst(alertId);
					return;
				}
			}
		}

	}

	/**
	 * The city's supervisor prompts the counties in turn, each prompt with a title of its
	 * own (the client's record of what it meant to create). A prompt whose answer was
	 * lost — the city died under it, or refused the connection while down — is sent again
	 * under its key before anything new, until the city answers.
	 */
	private final class CityWorker implements TrafficWorkers.Step {

		private final RestClient api = supervisor(Traffic.this.city);

		private final List<String> countyCodes = new ArrayList<>(Traffic.this.counties.keySet());

		private Map<String, Object> lost;

		private String lostKey;

		@Override
		public void run(int iteration) {
			KeyedWrites writes = Traffic.this.writes;
			if (this.lost != null) {
				try {
					recorded(this.lost, writes.resend(this.api, this.lostKey, "/api/v1/alerts", this.lost));
				}
				finally {
					this.lost = null;
				}
				return;
			}
			String county = this.countyCodes.get(iteration % this.countyCodes.size());
			Map<String, Object> prompt = Map.of("kind", "PROMPT", "toNode", county, "title", "市级重试提示 " + iteration);
			Traffic.this.ledger.cityIntents.put((String) prompt.get("title"), county);
			try {
				recorded(prompt, writes.post(this.api, "/api/v1/alerts", prompt));
			}
			catch (KeyedWrites.LostAnswer ex) {
				this.lost = prompt;
				this.lostKey = ex.key();
			}
		}

		private void recorded(Map<String, Object> prompt, Map<String, Object> alert) {
			Traffic.this.ledger.cityPrompts.put((String) alert.get("id"), (String) prompt.get("toNode"));
		}

	}

}
