package org.ducha.node.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.NodeLevel;
import org.ducha.node.api.PageResponse;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.reminder.AutomaticReminders;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ReportingRule;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A province, a city and two counties over piped links (440000 → 441700 → 441702,
 * 441704), the province on a test clock; with the calls the reminder and inbox tests
 * make.
 */
final class RemindingFederation implements AutoCloseable {

	final TestClock clock = TestClock.at("2024-03-04T10:00:00");

	final TestNode province;

	final TestNode city;

	final TestNode jiangcheng;

	final TestNode yangdong;

	private final PipedLink provinceCity;

	private final PipedLink cityJiangcheng;

	private PipedLink cityYangdong;

	RemindingFederation() {
		this.province = TestNode.node("440000", NodeLevel.PROVINCE)
			.name("广东省")
			.children("441700")
			.withoutTransport()
			.bean("clock", this.clock)
			.start();
		this.city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			.departments(Map.of("fgj", "阳江市发展和改革局"))
			.withoutTransport()
			.start();
		this.jiangcheng = TestNode.node("441702", NodeLevel.COUNTY)
			.name("江城区")
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.start();
		this.yangdong = TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.parent("441700", "127.0.0.1:1")
			.departments(Map.of("jyj", "阳东区教育局"))
			.withoutTransport()
			.start();
		this.cityJiangcheng = PipedLink.connect(this.city, this.jiangcheng);
		this.cityYangdong = PipedLink.connect(this.city, this.yangdong);
		this.provinceCity = PipedLink.connect(this.province, this.city);
		settle();
	}

	@Override
	public void close() {
		this.yangdong.close();
		this.jiangcheng.close();
		this.city.close();
		this.province.close();
	}

	/** Ends the county's link; frames in flight are lost. */
	void disconnectYangdong() {
		this.cityYangdong.close();
	}

	/** The county dials the city again. */
	void connectYangdong() {
		this.cityYangdong = PipedLink.connect(this.city, this.yangdong);
		settle();
	}

	/** Delivers every frame on every link until nothing moves. */
	void settle() {
		for (int round = 0; round < 3; round++) {
			this.provinceCity.drain();
			this.cityJiangcheng.drain();
			this.cityYangdong.drain();
		}
	}

	/**
	 * Issues a task at the province to the county government, which signs it at once (the
	 * reminders here are about reports, not about an assignment left unsigned); returns
	 * its assignment.
	 */
	String issueToYangdong(String title, String milestone) {
		this.clock.set("2024-03-04T10:00:00");
		Task task = IssuedTasks.issue(this.province.context(),
				new IssueTask(
						new TaskContent(title, null, TaskSource.MAJOR_DECISION, TaskType.SPECIAL, null,
								LocalDate.parse("2024-06-28"),
								new ReportingRule.Milestones(
										List.of(new ReportingRule.Milestone(LocalDate.parse(milestone), "第一阶段")))),
						List.of(new IssueTask.Assignee("441704", AssignmentRole.LEAD))),
				new Actor("sup", "督查员", "440000", "440000:dcs", Set.of(Role.SUPERVISOR)));
		settle();
		String assignment = this.province.bean(JdbcClient.class)
			.sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
		this.yangdong.bean(Signing.class)
			.sign(assignment, new Actor("sup-441704", "督查员", "441704", "441704", Set.of(Role.SUPERVISOR)));
		settle();
		return assignment;
	}

	/** Runs the province's reminder job at a local time, and delivers what it sent. */
	void remind(String at) {
		this.clock.set(at);
		this.province.bean(AutomaticReminders.class).remindDue();
		settle();
	}

	/**
	 * A REST client of a node as a new user of a unit (null: the government) with roles.
	 */
	static RestClient as(TestNode node, String unit, String... roles) {
		return node.api(TestKeys.token(UUID.randomUUID().toString(), node.code(), unit, roles));
	}

	/** The caller's inbox items about one assignment. */
	static List<Map<String, Object>> inbox(RestClient client, String assignment, boolean unread) {
		PageResponse<Map<String, Object>> page = client.get()
			.uri("/api/v1/inbox?unread={unread}&size=200", unread)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return page.items().stream().filter((item) -> assignment.equals(item.get("assignmentId"))).toList();
	}

	/** The status of a POST. */
	static int post(RestClient client, String uri, Object body, Object... variables) {
		return client.post()
			.uri(uri, variables)
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	/** How many reminders of an assignment a node holds. */
	static long reminders(TestNode node, String assignment) {
		return node.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM reminder WHERE assignment_id = ?")
			.param(assignment)
			.query(Long.class)
			.single();
	}

	/** Details of a node's audit records of one action. */
	static List<String> audited(TestNode node, String action) {
		return node.bean(AuditTrail.class)
			.latest(500)
			.stream()
			.filter((record) -> record.action().equals(action))
			.map(AuditRecord::detail)
			.toList();
	}

}
