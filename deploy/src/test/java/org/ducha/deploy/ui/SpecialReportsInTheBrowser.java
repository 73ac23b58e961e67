package org.ducha.deploy.ui;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A special report in the browser: the city's supervisor composes one on a task and
 * submits it; the city's leader opens it, marks it read and instructs; the report offers
 * its Word and PDF.
 */
abstract class SpecialReportsInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	void aSupervisorComposesAReportWhichALeaderReadsAndInstructs() {
		String task = cityTask(this.federation, "城区排涝设施建设");
		String report;
		try (UiBrowser supervisor = this.federation.signedIn("supervisor-441700")) {
			supervisor.go("special-reports/new");
			supervisor.type("special-report-title", "关于城区排涝设施建设进展的专报");
			supervisor.type("special-report-text", "排涝泵站建设滞后于计划，建议市领导督促。");
			supervisor.type("special-report-items", "TASK " + task);
			supervisor.click("special-report-save");
			supervisor.awaitStatus("special-report-status", "DRAFT");
			report = supervisor.currentUrl().replaceAll(".*special-reports/", "");
			supervisor.click("special-report-submit");
			supervisor.awaitStatus("special-report-status", "SUBMITTED");
			assertThat(supervisor.error()).isNull();
		}
		try (UiBrowser leader = this.federation.signedIn("leader-441700")) {
			leader.go("special-reports/" + report);
			leader.click("special-report-read");
			leader.awaitStatus("special-report-status", "READ");
			leader.type("special-report-instruction-text", "请市住建局牵头，汛前完成泵站建设");
			leader.click("special-report-instruct");
			leader.awaitStatus("special-report-status", "INSTRUCTED");
			leader.awaitAll("special-report-instruction", (rows) -> rows.size() == 1, "the instruction");
			assertThat(leader.element("special-report-pdf").getDomAttribute("href")).contains("format=pdf");
			assertThat(leader.element("special-report-docx").getDomAttribute("href")).contains("format=docx");
			leader.screenshot("81-special-report");
			assertThat(leader.error()).isNull();
		}
	}

	/** A task the city issued to 阳东区; its id. */
	static String cityTask(UiFederation federation, String title) {
		Actor supervisor = new Actor("supervisor-441700", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR));
		return IssuedTasks
			.issue(federation.node("441700").context(),
					new IssueTask(
							new TaskContent(title, "汛前完成", TaskSource.MAJOR_DECISION, TaskType.SPECIAL, "市政府常务会议",
									federation.today().plusMonths(3)),
							List.of(new IssueTask.Assignee("441704", AssignmentRole.LEAD))),
					supervisor)
			.getId();
	}

}
