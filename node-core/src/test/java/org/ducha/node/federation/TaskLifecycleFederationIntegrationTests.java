package org.ducha.node.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.items;
import static org.ducha.node.testing.ApiCalls.ok;
import static org.ducha.node.testing.ApiCalls.status;

/**
 * A task's lifecycle across a province, its city and a county (skip-level, over piped
 * links): a draft and a task awaiting approval stay at the province; the approved task
 * reaches the county through the city; its revisions and status changes update every
 * copy, and a withdrawn or suspended task cannot be signed at the county.
 */
class TaskLifecycleFederationIntegrationTests {

	private static TestNode province;

	private static TestNode city;

	private static TestNode yangdong;

	private static PipedLink provinceCity;

	private static PipedLink cityYangdong;

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.name("广东省")
			.children("441700")
			.withoutTransport()
			.start();
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441704")
			.withoutTransport()
			.start();
		yangdong = TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.start();
		cityYangdong = PipedLink.connect(city, yangdong);
		provinceCity = PipedLink.connect(province, city);
		settle();
	}

	@AfterAll
	static void stop() {
		yangdong.close();
		city.close();
		province.close();
	}

	private static void settle() {
		for (int round = 0; round < 3; round++) {
			provinceCity.drain();
			cityYangdong.drain();
		}
	}

	private static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	private static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"));
	}

	private static String issueToYangdong(String title) {
		String id = (String) ok(call(supervisor(province), HttpMethod.POST, "/api/v1/tasks",
				Map.of("title", title, "content", "全面排查", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
						LocalDate.now().plusMonths(3).toString(), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD")))))
			.get("id");
		ok(call(supervisor(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		ok(call(leader(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null));
		settle();
		return id;
	}

	private static Map<String, Object> task(TestNode node, String id) {
		return ok(call(supervisor(node), HttpMethod.GET, "/api/v1/tasks/" + id, null));
	}

	@SuppressWarnings("unchecked")
	private static String assignment(TestNode node, String id) {
		return (String) ((List<Map<String, Object>>) task(node, id).get("assignments")).get(0).get("id");
	}

	private static ResponseEntity<Map<String, Object>> sign(String assignmentId) {
		return call(supervisor(yangdong), HttpMethod.POST, "/api/v1/assignments/" + assignmentId + "/sign", null);
	}

	@Test
	void anApprovedTaskReachesTheCountyAndItsRevisionAndWithdrawalFollow() {
		String id = (String) ok(call(supervisor(province), HttpMethod.POST, "/api/v1/tasks",
				Map.of("title", "全省安全生产大检查", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
						LocalDate.now().plusMonths(3).toString(), "assignees",
						List.of(Map.of("unitCode", "441704", "role", "LEAD")))))
			.get("id");
		ok(call(supervisor(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/submit", null));
		settle();
		assertThat(status(supervisor(yangdong), "/api/v1/tasks/" + id)).as("nothing leaves before approval")
			.isEqualTo(404);
		assertThat(status(supervisor(city), "/api/v1/tasks/" + id)).isEqualTo(404);

		String number = (String) ok(call(leader(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/approve", null))
			.get("number");
		settle();
		assertThat(task(yangdong, id)).containsEntry("status", "ISSUED")
			.containsEntry("number", number)
			.containsEntry("revision", 1)
			.containsEntry("issuedBy", "leader-440000");
		assertThat(task(city, id)).as("the city keeps its copy").containsEntry("status", "ISSUED");

		String later = LocalDate.now().plusMonths(5).toString();
		ok(call(supervisor(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/revise",
				Map.of("title", "全省安全生产大检查（扩大范围）", "deadline", later, "reason", "省政府常务会议决定扩大检查范围")));
		settle();
		assertThat(task(yangdong, id)).containsEntry("revision", 2)
			.containsEntry("title", "全省安全生产大检查（扩大范围）")
			.containsEntry("deadline", later);
		assertThat(task(city, id)).containsEntry("revision", 2);
		assertThat(items(supervisor(yangdong), "/api/v1/tasks/" + id + "/revisions")).singleElement()
			.satisfies((revision) -> {
				assertThat(revision).containsEntry("revision", 2)
					.containsEntry("node", "440000")
					.containsEntry("revisedBy", "supervisor-440000")
					.containsEntry("reason", "省政府常务会议决定扩大检查范围");
				assertThat((List<Map<String, Object>>) revision.get("changes")).extracting((c) -> c.get("field"))
					.containsExactly("title", "deadline");
			});

		ok(call(leader(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/withdraw",
				Map.of("reason", "国务院部署调整，本次检查撤销")));
		settle();
		assertThat(task(yangdong, id)).containsEntry("status", "WITHDRAWN")
			.containsEntry("statusReason", "国务院部署调整，本次检查撤销")
			.containsEntry("statusBy", "leader-440000");
		assertThat(task(city, id)).containsEntry("status", "WITHDRAWN");
		ResponseEntity<Map<String, Object>> signing = sign(assignment(yangdong, id));
		assertThat(signing.getStatusCode().value()).isEqualTo(409);
		assertThat((String) signing.getBody().get("detail")).contains("WITHDRAWN");
		assertThat(items(supervisor(yangdong), "/api/v1/tasks/" + id + "/timeline"))
			.extracting((e) -> e.get("action") + " " + e.get("node") + " " + e.get("toStatus"))
			.containsExactly("ISSUED 440000 ISSUED", "REVISED 440000 ISSUED", "WITHDRAWN 440000 WITHDRAWN");
	}

	/**
	 * A supervisor's request to suspend stays at the issuer until a leader approves it;
	 * only the approved suspension reaches the county.
	 */
	@Test
	void aSuspendedTaskCannotBeSignedAtTheCountyUntilItIsResumed() {
		String id = issueToYangdong("防汛备汛工作");
		String assignmentId = assignment(yangdong, id);
		ok(call(supervisor(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/suspend",
				Map.of("reason", "汛期预警解除前暂停")));
		settle();
		assertThat(task(yangdong, id)).as("a request awaiting approval changes nothing below")
			.containsEntry("status", "ISSUED");
		ok(call(leader(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/control-request/approve", null));
		settle();
		assertThat(task(yangdong, id)).containsEntry("status", "SUSPENDED").containsEntry("statusReason", "汛期预警解除前暂停");
		ResponseEntity<Map<String, Object>> refused = sign(assignmentId);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat((String) refused.getBody().get("detail")).contains("SUSPENDED");

		ok(call(leader(province), HttpMethod.POST, "/api/v1/tasks/" + id + "/resume", Map.of("reason", "预警发布")));
		settle();
		assertThat(task(yangdong, id)).containsEntry("status", "ISSUED");
		ok(sign(assignmentId));
		settle();
		assertThat(task(province, id)).extracting((t) -> ((List<Map<String, Object>>) t.get("assignments")).get(0))
			.satisfies((a) -> assertThat(a).containsEntry("status", "SIGNED"));
	}

	@Test
	void theCopiesTakeNoOrderFromBelow() {
		String id = issueToYangdong("不可在下级撤销的事项");
		ResponseEntity<Map<String, Object>> atCounty = call(supervisor(yangdong), HttpMethod.POST,
				"/api/v1/tasks/" + id + "/withdraw", Map.of("reason", "县里想撤"));
		assertThat(atCounty.getStatusCode().value()).as("only the issuer changes its task").isEqualTo(403);
		ResponseEntity<Map<String, Object>> atCity = call(leader(city), HttpMethod.POST,
				"/api/v1/tasks/" + id + "/suspend", Map.of("reason", "市里想停"));
		assertThat(atCity.getStatusCode().value()).isEqualTo(403);
		assertThat(task(yangdong, id)).containsEntry("status", "ISSUED");
	}

}
