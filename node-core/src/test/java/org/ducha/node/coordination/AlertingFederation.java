package org.ducha.node.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.NodeLevel;
import org.ducha.node.api.PageResponse;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A province, a city and two counties over piped links (440000 → 441700 → 441702,
 * 441704), all on one test clock; the county 阳东区 has two departments (jyj, nyj). With the
 * calls the alert and coordination tests make.
 */
final class AlertingFederation implements AutoCloseable {

	final TestClock clock = TestClock.at("2024-09-26T10:00:00");

	final TestNode province;

	final TestNode city;

	final TestNode jiangcheng;

	final TestNode yangdong;

	private final List<PipedLink> links = new ArrayList<>();

	private PipedLink cityYangdong;

	AlertingFederation() {
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
			.withoutTransport()
			.bean("clock", this.clock)
			.start();
		this.jiangcheng = TestNode.node("441702", NodeLevel.COUNTY)
			.name("江城区")
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.bean("clock", this.clock)
			.start();
		this.yangdong = TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.parent("441700", "127.0.0.1:1")
			.departments(Map.of("jyj", "阳东区教育局", "nyj", "阳东区农业农村局"))
			.withoutTransport()
			.bean("clock", this.clock)
			.start();
		this.links.add(PipedLink.connect(this.city, this.jiangcheng));
		this.links.add(PipedLink.connect(this.province, this.city));
		connectYangdong();
	}

	/** Ends the county 阳东区's link; frames in flight are lost. */
	void disconnectYangdong() {
		this.links.remove(this.cityYangdong);
		this.cityYangdong.close();
	}

	/** The county 阳东区 dials the city (again). */
	void connectYangdong() {
		this.cityYangdong = PipedLink.connect(this.city, this.yangdong);
		this.links.add(this.cityYangdong);
		settle();
	}

	@Override
	public void close() {
		this.yangdong.close();
		this.jiangcheng.close();
		this.city.close();
		this.province.close();
	}

	/** Delivers every frame on every link until nothing moves. */
	void settle() {
		for (int round = 0; round < 3; round++) {
			this.links.forEach(PipedLink::drain);
		}
	}

	/**
	 * Issues a task at a node (as its supervisor) to a lead and co-units, delivers it and
	 * returns the assignments by unit.
	 */
	Map<String, String> issue(TestNode node, String title, String lead, String... co) {
		List<IssueTask.Assignee> assignees = new ArrayList<>();
		assignees.add(new IssueTask.Assignee(lead, AssignmentRole.LEAD));
		for (String unit : co) {
			assignees.add(new IssueTask.Assignee(unit, AssignmentRole.CO));
		}
		Task task = IssuedTasks.issue(node.context(),
				new IssueTask(new TaskContent(title, null, TaskSource.MAJOR_DECISION, TaskType.SPECIAL, null,
						LocalDate.parse("2024-12-31")), assignees),
				new Actor("sup", "督查员", node.code(), null, Set.of(Role.SUPERVISOR)));
		settle();
		Map<String, String> byUnit = new java.util.HashMap<>();
		node.bean(JdbcClient.class)
			.sql("SELECT unit_code, id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query((rs, row) -> byUnit.put(rs.getString(1), rs.getString(2)))
			.list();
		byUnit.put("task", task.getId());
		return byUnit;
	}

	/**
	 * Signs an assignment at its node as a person of its unit, and delivers the signing.
	 */
	void sign(TestNode node, String assignment, String unit) {
		node.bean(Signing.class)
			.sign(assignment, new Actor("signer", "签收人", node.code(), unit, Set.of(Role.HANDLER, Role.SUPERVISOR)));
		settle();
	}

	/**
	 * A REST client of a node as a new user of a unit (null: the government) with roles.
	 */
	static RestClient as(TestNode node, String unit, String... roles) {
		return node.api(TestKeys.token(UUID.randomUUID().toString(), node.code(), unit, roles));
	}

	/** A POST that may fail: its status and body. */
	static ResponseEntity<Map<String, Object>> post(RestClient client, String uri, Object body, Object... variables) {
		return client.post()
			.uri(uri, variables)
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	static Map<String, Object> get(RestClient client, String uri, Object... variables) {
		return client.get().uri(uri, variables).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	static List<Map<String, Object>> list(RestClient client, String uri, Object... variables) {
		return client.get().uri(uri, variables).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	/** The items of a page. */
	static List<Map<String, Object>> page(RestClient client, String uri, Object... variables) {
		PageResponse<Map<String, Object>> page = client.get()
			.uri(uri, variables)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return page.items();
	}

	/** The caller's inbox items that stand for one alert. */
	static List<Map<String, Object>> inbox(RestClient client, String alertId) {
		return page(client, "/api/v1/inbox?size=200").stream()
			.filter((item) -> alertId.equals(item.get("sourceId")))
			.toList();
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
