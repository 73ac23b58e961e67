package org.ducha.deploy.restore;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.Traffic;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;

import org.springframework.web.client.RestClient;

/**
 * The work of the restore drill, in rounds: the province issues tasks to the county
 * (events down and up through the city), the city issues tasks of its own to the county
 * (what a restored city may lose), and the county signs every one and reports on it. It
 * remembers what it wrote, and where, for the checks.
 */
final class DrillTraffic {

	private final NodeProcess province;

	private final NodeProcess city;

	private final NodeProcess county;

	/** Task id → assignment id, of the province's tasks. */
	final Map<String, String> provinceTasks = new LinkedHashMap<>();

	/** Task id → assignment id, of the city's tasks. */
	final Map<String, String> cityTasks = new LinkedHashMap<>();

	/** Report ids, written by the county on the province's tasks. */
	final List<String> reports = new ArrayList<>();

	/** Task id → report id, written by the county on the city's tasks. */
	final Map<String, String> cityReports = new LinkedHashMap<>();

	private int counter;

	DrillTraffic(NodeProcess province, NodeProcess city, NodeProcess county) {
		this.province = province;
		this.city = city;
		this.county = county;
	}

	/**
	 * One round: the province issues {@code provinceTasks} tasks and the city
	 * {@code cityTasks}; the county signs each when it arrived and reports on it.
	 * @return the city's tasks of this round
	 */
	List<String> round(int provinceTasks, int cityTasks) {
		List<String> issued = new ArrayList<>();
		for (int i = 0; i < provinceTasks; i++) {
			issued.add(issue(this.province, this.provinceTasks));
		}
		List<String> own = new ArrayList<>();
		for (int i = 0; i < cityTasks; i++) {
			own.add(issue(this.city, this.cityTasks));
		}
		for (String task : issued) {
			this.reports.add(signAndReport(this.provinceTasks.get(task), task));
		}
		for (String task : own) {
			this.cityReports.put(task, signAndReport(this.cityTasks.get(task), task));
		}
		return own;
	}

	/**
	 * The county signs an assignment once it arrived and reports on it; the report's id.
	 */
	private String signAndReport(String assignment, String task) {
		RestClient countyApi = Traffic.supervisor(this.county);
		await(() -> Traffic.arrived(
				() -> countyApi.post().uri("/api/v1/assignments/{id}/sign", assignment).retrieve().toBodilessEntity()));
		Map<?, ?> report = countyApi.post()
			.uri("/api/v1/assignments/{id}/reports", assignment)
			.body(Map.of("percentComplete", 30, "progress", "恢复演练进展 " + task))
			.retrieve()
			.body(Map.class);
		return (String) report.get("id");
	}

	private String issue(NodeProcess node, Map<String, String> into) {
		Map<String, Object> task = IssuedTasks.issue(Traffic.supervisor(node),
				node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader")),
				Map.of("title", "恢复演练任务 " + node.code() + "-" + (++this.counter), "source", "MAJOR_DECISION", "type",
						"SPECIAL", "deadline", LocalDate.now().plusMonths(3).toString(), "assignees",
						List.of(Map.of("unitCode", this.county.code(), "role", "LEAD"))));
		Map<?, ?> assignment = (Map<?, ?>) ((List<?>) task.get("assignments")).get(0);
		into.put((String) task.get("id"), (String) assignment.get("id"));
		return (String) task.get("id");
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("an assignment did not reach the county within 180 s");
			}
			NodeProcess.sleep(100);
		}
	}

}
