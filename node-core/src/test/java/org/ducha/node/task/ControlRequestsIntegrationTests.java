package org.ducha.node.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.items;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * Suspension (中止) and withdrawal (撤销) with approval: a supervisor asks with a reason, a
 * leader approves or refuses with a reason, one request at a time; a leader's own request
 * stands at once; a suspended task is resumed by a supervisor alone.
 */
class ControlRequestsIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("zhang", "441700", "441700:dcs", "supervisor"));
	}

	private static RestClient leader() {
		return city.api(TestKeys.token("wei", "441700", null, "leader"));
	}

	private static String issued(String title) {
		String id = (String) ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks",
				Map.of("title", title, "source", "MAJOR_DECISION", "type", "ROUTINE", "deadline",
						LocalDate.now().plusMonths(3).toString(), "assignees",
						List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD")))))
			.get("id");
		ok(call(supervisor(), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		ok(call(leader(), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null));
		return id;
	}

	private static ResponseEntity<Map<String, Object>> post(RestClient by, String id, String action, Object body) {
		return call(by, HttpMethod.POST, "/api/v1/tasks/" + id + "/" + action, body);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSupervisorsRequestWaitsForALeaderAndBlocksAnotherUntilDecided() {
		String id = issued("待审批中止事项");
		Map<String, Object> asked = ok(post(supervisor(), id, "suspend", Map.of("reason", "等待省级政策出台")));
		assertThat(asked).containsEntry("status", "ISSUED");
		assertThat((Map<String, Object>) asked.get("controlRequest")).containsEntry("kind", "SUSPEND")
			.containsEntry("status", "PENDING")
			.containsEntry("reason", "等待省级政策出台")
			.containsEntry("requestedBy", "zhang");

		ResponseEntity<Map<String, Object>> another = post(supervisor(), id, "withdraw", Map.of("reason", "不再需要"));
		assertThat(another.getStatusCode().value()).as("a request awaiting approval blocks another").isEqualTo(409);
		assertThat((String) another.getBody().get("detail")).contains("awaits a leader's decision");
		assertThat(post(leader(), id, "withdraw", Map.of("reason", "领导决定撤销")).getStatusCode().value())
			.as("even a leader's: the pending one is decided first")
			.isEqualTo(409);
		assertThat(post(supervisor(), id, "control-request/approve", null).getStatusCode().value())
			.as("a supervisor does not decide")
			.isEqualTo(403);
		assertThat(post(leader(), id, "control-request/refuse", Map.of("reason", " ")).getStatusCode().value())
			.as("a refusal states its reason")
			.isEqualTo(400);

		Map<String, Object> refused = ok(post(leader(), id, "control-request/refuse", Map.of("reason", "政策已明确，继续推进")));
		assertThat(refused).containsEntry("status", "ISSUED").containsEntry("controlRequest", null);
		assertThat(post(leader(), id, "control-request/approve", null).getStatusCode().value())
			.as("nothing awaits a decision any more")
			.isEqualTo(409);

		ok(post(supervisor(), id, "withdraw", Map.of("reason", "项目取消")));
		Map<String, Object> withdrawn = ok(post(leader(), id, "control-request/approve", Map.of("reason", "同意")));
		assertThat(withdrawn).containsEntry("status", "WITHDRAWN")
			.containsEntry("statusReason", "项目取消")
			.containsEntry("statusBy", "wei");

		List<Map<String, Object>> requests = supervisor().get()
			.uri("/api/v1/tasks/{id}/control-requests", id)
			.retrieve()
			.body(List.class);
		assertThat(requests).extracting((r) -> r.get("kind") + " " + r.get("status") + " " + r.get("decisionReason"))
			.containsExactly("SUSPEND REFUSED 政策已明确，继续推进", "WITHDRAW APPROVED 同意");
		assertThat(items(leader(), "/api/v1/tasks/" + id + "/timeline")).extracting((e) -> e.get("action"))
			.containsSubsequence("SUSPEND_REQUESTED", "SUSPEND_REFUSED", "WITHDRAW_REQUESTED", "WITHDRAWN");
	}

	@Test
	void aLeadersOwnRequestStandsAtOnceAndASupervisorResumesAlone() {
		String id = issued("领导决定中止");
		assertThat(ok(post(leader(), id, "suspend", Map.of("reason", "汛期暂停施工")))).containsEntry("status", "SUSPENDED")
			.containsEntry("controlRequest", null);
		assertThat(ok(post(supervisor(), id, "resume", Map.of("reason", "汛期结束")))).containsEntry("status", "ISSUED");
	}

	@Test
	void aRequestTheStatusDoesNotAllowIsRefusedAtOnce() {
		String id = issued("已撤销事项");
		ok(post(leader(), id, "withdraw", Map.of("reason", "撤销")));
		ResponseEntity<Map<String, Object>> late = post(supervisor(), id, "suspend", Map.of("reason", "中止"));
		assertThat(late.getStatusCode().value()).isEqualTo(409);
		assertThat((String) late.getBody().get("detail")).contains("WITHDRAWN");
	}

}
