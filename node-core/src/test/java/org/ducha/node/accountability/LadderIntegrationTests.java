package org.ducha.node.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.accountability.LadderCalls.PersonView;
import org.ducha.node.accountability.LadderCalls.ProposalView;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentWorkflow;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.accountability.LadderCalls.post;
import static org.ducha.node.accountability.LadderCalls.proposals;
import static org.ducha.node.accountability.LadderCalls.supervisor;

/**
 * The ladder at one node, the city, with a lower threshold in its configuration
 * ({@code ducha.ladder.red-working-days=5}, and the lag threshold out of reach): a notice
 * proposed after five working days red; a department's faultless year proposed for
 * commendation; a referral proposed by hand, and the refusals of bad input.
 */
class LadderIntegrationTests {

	private static final TestClock clock = TestClock.at("2026-03-02T09:00:00");

	private static final String FGJ = "441700:fgj";

	private static final String JYJ = "441700:jyj";

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.withoutTransport()
			.property("ducha.ladder.red-working-days", "5")
			// progress 0 % after the deadline lags time by 100 points: only the days red
			// count here
			.property("ducha.ladder.lag-points", "100")
			.bean("clock", clock)
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void aThresholdFromConfigurationProposesANoticeAfterFiveWorkingDaysRed() {
		clock.set("2026-03-02T09:00:00");
		issue("发改局项目审批提速", FGJ, "2026-03-20");
		clock.set("2026-03-26T10:00:00");
		city.bean(Proposing.class).proposeDue();
		assertThat(about(FGJ, "NOTICE")).as("four working days red").isEmpty();
		clock.set("2026-03-27T10:00:00");
		city.bean(Proposing.class).proposeDue();
		assertThat(about(FGJ, "NOTICE")).singleElement()
			.satisfies((notice) -> assertThat(notice.basis().get(0).label()).contains("红灯已持续5个工作日"));
	}

	@Test
	void aDepartmentsYearWithoutFaultIsProposedForCommendationOnce() {
		clock.set("2026-03-02T09:00:00");
		String assignment = issue("校舍安全排查", JYJ, "2026-06-30");
		Actor handler = new Actor("handler-jyj", "承办人", "441700", JYJ, Set.of(Role.HANDLER));
		city.bean(Signing.class).sign(assignment, handler);
		clock.set("2026-06-01T10:00:00");
		city.bean(Reporting.class)
			.report(assignment, new ReportContent(100, "全市校舍排查完毕", null, null, null, null, null, null), handler);
		city.bean(AssignmentWorkflow.class).requestCompletion(assignment, "排查报告", handler);
		city.bean(AssignmentWorkflow.class).decideCompletion(assignment, true, null, IssuedTasks.leaderOf("441700"));
		clock.set("2027-01-05T10:00:00");
		city.bean(Proposing.class).proposeDue();
		city.bean(Proposing.class).proposeDue();
		assertThat(about(JYJ, "COMMENDATION")).singleElement()
			.satisfies((commendation) -> assertThat(commendation.basis().get(0).label()).contains("2026年度")
				.contains("1项")
				.contains("全部按时报送"));
		assertThat(about(FGJ, "COMMENDATION")).as("a department with a red assignment").isEmpty();
	}

	@Test
	void aSupervisorProposesAReferralByHandAndBadInputIsRefused() {
		clock.set("2026-03-02T09:00:00");
		PersonView bureauChief = supervisor(city).post()
			.uri("/api/v1/units/{code}/people", JYJ)
			.body(Map.of("name", "周局长", "title", "局长"))
			.retrieve()
			.body(PersonView.class);
		assertThat(post(supervisor(city), "/api/v1/units/{code}/charges",
				Map.of("role", "PRINCIPAL", "personId", bureauChief.id(), "from", "2026-01-01"), FGJ))
			.as("a person of another unit named in charge")
			.isEqualTo(400);
		assertThat(post(supervisor(city), "/api/v1/ladder/proposals",
				Map.of("kind", "CRITICISM", "unitCode", FGJ, "personId", bureauChief.id(), "reason", "不当")))
			.as("a criticism of a person of another unit")
			.isEqualTo(400);
		assertThat(post(supervisor(city), "/api/v1/ladder/proposals",
				Map.of("kind", "REFERRAL", "unitCode", "440900", "reason", "越界")))
			.as("a unit outside the city's subtree")
			.isEqualTo(400);
		assertThat(post(supervisor(city), "/api/v1/ladder/proposals",
				Map.of("kind", "NOTICE", "unitCode", FGJ, "reason", "补发", "rectificationDeadline", "2026-03-01")))
			.as("a rectification deadline in the past")
			.isEqualTo(400);
		ProposalView referral = supervisor(city).post()
			.uri("/api/v1/ladder/proposals")
			.body(Map.of("kind", "REFERRAL", "unitCode", JYJ, "personId", bureauChief.id(), "reason", "瞒报安全隐患，造成恶劣影响"))
			.retrieve()
			.body(ProposalView.class);
		assertThat(referral.personName()).isEqualTo("周局长");
		assertThat(post(LadderCalls.leader(city), "/api/v1/ladder/proposals/{id}/confirm", Map.of("reason", "属实"),
				referral.id()))
			.as("a leader does not confirm")
			.isEqualTo(403);
		assertThat(post(supervisor(city), "/api/v1/ladder/proposals/{id}/decline", Map.of("reason", "已另案处理"),
				referral.id()))
			.isEqualTo(200);
		assertThat(
				post(supervisor(city), "/api/v1/ladder/proposals/{id}/decline", Map.of("reason", "再次"), referral.id()))
			.as("deciding a proposal twice")
			.isEqualTo(409);
		assertThat(
				post(supervisor(city), "/api/v1/ladder/proposals/{id}/confirm", Map.of("reason", "属实"), referral.id()))
			.isEqualTo(409);
		assertThat(city.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'LADDER_PROPOSAL_DECLINED'")
			.query(Long.class)
			.single()).as("the decision audited once").isEqualTo(1);
	}

	private static String issue(String title, String unit, String deadline) {
		Task task = IssuedTasks.issue(city.context(),
				new IssueTask(new TaskContent(title, null, TaskSource.MAJOR_DECISION, TaskType.SPECIAL, null,
						LocalDate.parse(deadline)), List.of(new IssueTask.Assignee(unit, AssignmentRole.LEAD))),
				new Actor("sup", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR)));
		return city.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
	}

	private static List<ProposalView> about(String unit, String kind) {
		return proposals(city, "PROPOSED,CONFIRMED,DECLINED,ISSUED").stream()
			.filter((p) -> p.unitCode().equals(unit) && p.kind().equals(kind))
			.toList();
	}

}
