package org.ducha.node.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reports of a batch applied together leave what applying them one at a time leaves,
 * with far fewer statements; a refused one refuses the whole call and writes nothing.
 */
class ReportBatchIntegrationTests {

	private static final String COUNTY = "441704";

	private static final int ASSIGNMENTS = 4;

	private static final int REPORTS_EACH = 4;

	/** The reports' times: the same for both sets, which are compared. */
	private static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY).children(COUNTY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void appliesABatchAsOneByOneWouldWithFewerStatements() {
		List<String> alone = assignments("逐条");
		List<String> together = assignments("成批");
		List<StatedReport> first = reports(alone);
		List<StatedReport> second = reports(together);

		long oneByOne = statements((replication) -> first.forEach((r) -> replication.applyReported(List.of(r))));
		long batched = statements((replication) -> replication.applyReported(second));

		System.out.printf("Statements per ProgressReported: %.1f one by one, %.1f in a batch of %d%n",
				(double) oneByOne / first.size(), (double) batched / second.size(), second.size());
		assertThat(batched).as("statements for a batch of %d", second.size()).isLessThan(oneByOne);
		for (int i = 0; i < ASSIGNMENTS; i++) {
			assertThat(state(together.get(i))).as("assignment %d", i).isEqualTo(state(alone.get(i)));
		}
		assertThat(state(together.get(0))).as("the reports were applied: the latest sets the progress")
			.containsEntry("percent_complete", 40)
			.containsEntry("status", "REPORTING")
			.containsEntry("reports", (long) REPORTS_EACH)
			.containsEntry("reported_rows", (long) REPORTS_EACH);
	}

	@Test
	void appliesAReportRepeatedInTheBatchOnce() {
		List<String> assignment = assignments("重复");
		List<StatedReport> reports = reports(assignment);
		List<StatedReport> repeated = new ArrayList<>(reports);
		repeated.addAll(reports);
		statements((replication) -> replication.applyReported(repeated));
		assertThat(state(assignment.get(0))).containsEntry("reports", (long) REPORTS_EACH)
			.containsEntry("reported_rows", (long) REPORTS_EACH)
			.containsEntry("percent_complete", 40);
	}

	@Test
	void refusesTheWholeBatchWhenOneReportNamesAnotherUnitsAssignment() {
		List<String> assignment = assignments("越权");
		List<StatedReport> reports = new ArrayList<>(reports(assignment));
		StatedReport honest = reports.get(1);
		reports.set(1,
				new StatedReport(honest.reportId(), honest.assignmentId(), honest.taskId(), "441702", "441702",
						honest.reportedBy(), honest.reportedAt(), honest.content(), honest.assigneeRevision(),
						honest.attachments(), honest.links()));
		assertThatThrownBy(() -> statements((replication) -> replication.applyReported(reports)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining(honest.assignmentId());
		for (String id : assignment) {
			assertThat(state(id)).as("nothing of the batch is written")
				.containsEntry("reports", 0L)
				.containsEntry("percent_complete", 0);
		}
	}

	/** Assignments of the county on fresh tasks of the city. */
	@SuppressWarnings("unchecked")
	private static List<String> assignments(String title) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < ASSIGNMENTS; i++) {
			Map<String, Object> task = IssuedTasks.issue(city,
					Map.of("title", title + i, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
							LocalDate.now().plusMonths(3).toString(), "schedule",
							Map.of("type", "MILESTONES", "milestones",
									List.of(Map.of("due", LocalDate.now().plusDays(7).toString(), "label", "节点一"),
											Map.of("due", LocalDate.now().plusDays(14).toString(), "label", "节点二"))),
							"assignees", List.of(Map.of("unitCode", COUNTY, "role", "LEAD"))));
			ids.add((String) ((List<Map<String, Object>>) task.get("assignments")).get(0).get("id"));
		}
		return ids;
	}

	/** Reports on the assignments, interleaved, each assignment's in time order. */
	private static List<StatedReport> reports(List<String> assignments) {
		JdbcClient jdbc = city.bean(JdbcClient.class);
		List<StatedReport> reports = new ArrayList<>();
		for (int n = 1; n <= REPORTS_EACH; n++) {
			for (String assignment : assignments) {
				String task = jdbc.sql("SELECT task_id FROM assignment WHERE id = ?")
					.param(assignment)
					.query(String.class)
					.single();
				reports.add(new StatedReport(UUID.randomUUID().toString(), assignment, task, COUNTY, COUNTY, "张三",
						START.plusSeconds(n * 60L),
						new ReportContent(n * 10, "第" + n + "次进展", null, null, null, null, null, null), n, List.of(),
						ReportLinks.NONE));
			}
		}
		return reports;
	}

	/** The statements one transaction sent, counted by the server for its connection. */
	private static long statements(Consumer<ReportReplication> work) {
		JdbcClient jdbc = city.bean(JdbcClient.class);
		return city.bean(TransactionTemplate.class).execute((status) -> {
			long before = questions(jdbc);
			work.accept(city.bean(ReportReplication.class));
			// the second SHOW counts itself
			return questions(jdbc) - before - 1;
		});
	}

	private static long questions(JdbcClient jdbc) {
		return jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'").query((rs, row) -> rs.getLong("Value")).single();
	}

	/**
	 * What the reports left on an assignment: its progress, reports, timeline and slots.
	 */
	private static Map<String, Object> state(String assignment) {
		JdbcClient jdbc = city.bean(JdbcClient.class);
		return jdbc
			.sql("SELECT a.status, a.percent_complete, a.last_reported_at, a.assignee_revision, a.light, "
					+ "(SELECT COUNT(*) FROM progress_report r WHERE r.assignment_id = a.id) AS reports, "
					+ "(SELECT COUNT(*) FROM task_timeline l WHERE l.assignment_id = a.id AND l.action = 'REPORTED') "
					+ "AS reported_rows, "
					+ "(SELECT GROUP_CONCAT(CONCAT_WS('>', l.from_status, l.to_status, ' ', l.detail) ORDER BY l.id) "
					+ "FROM task_timeline l WHERE l.assignment_id = a.id AND l.action = 'REPORTED') AS timeline, "
					+ "(SELECT COUNT(*) FROM report_slot s WHERE s.assignment_id = a.id AND s.report_id IS NOT NULL) "
					+ "AS filled FROM assignment a WHERE a.id = ?")
			.param(assignment)
			.query((rs, row) -> {
				Map<String, Object> state = new java.util.TreeMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					state.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
				}
				return state;
			})
			.single();
	}

}
