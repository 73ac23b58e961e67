package org.ducha.node.observer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.ApiCalls;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.SupervisorCalls;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invited observers at one city node through its REST API: an observer reads exactly the
 * tasks they are invited to, on the days of the invitation, until it is withdrawn; every
 * other task is not found, every other route forbidden; each read is in the audit trail;
 * invitations never leave the node.
 */
class ObserverIntegrationTests {

	private static final TestClock clock = TestClock.at("2026-12-01T10:00:00");

	private static TestNode city;

	private static String invited;

	private static String other;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441704")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局"))
			.bean("clock", clock)
			.start();
		invited = (String) IssuedTasks.issue(city, task("推进滨海新区基础设施建设", "441700:fgj")).get("id");
		other = (String) IssuedTasks.issue(city, task("整治城区内涝点", "441700:fgj")).get("id");
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@BeforeEach
	void today() {
		clock.set("2026-12-01T10:00:00");
	}

	private static Map<String, Object> task(String title, String unit) {
		return Map.of("title", title, "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline", "2027-06-30",
				"assignees", List.of(Map.of("unitCode", unit, "role", "LEAD")));
	}

	private static RestClient observer(String username) {
		return city.api(TestKeys.token(username, "441700", null, "observer"));
	}

	private static RestClient supervisor() {
		return SupervisorCalls.supervisor(city);
	}

	private static ResponseEntity<Map<String, Object>> invite(String observer, String taskId, String from,
			String until) {
		return ApiCalls.call(supervisor(), HttpMethod.POST, "/api/v1/observers/invitations",
				Map.of("observer", observer, "kind", "TASK", "targetId", taskId, "from", from, "until", until));
	}

	private static String invitationId(String observer, String taskId, String from, String until) {
		return (String) ApiCalls.ok(invite(observer, taskId, from, until)).get("id");
	}

	private static List<String> listed(RestClient client) {
		return ApiCalls.items(client, "/api/v1/tasks").stream().map((item) -> (String) item.get("id")).toList();
	}

	private static JdbcClient jdbc() {
		return city.bean(JdbcClient.class);
	}

	@Test
	void anObserverReadsExactlyTheInvitedTask() {
		invitationId("daibiao-li", invited, "2026-12-01", "2026-12-10");
		RestClient li = observer("daibiao-li");

		assertThat(listed(li)).containsExactly(invited);
		assertThat(status(li, "/api/v1/tasks/" + invited)).isEqualTo(200);
		assertThat(status(li, "/api/v1/tasks/" + invited + "/timeline")).isEqualTo(200);
		assertThat(status(li, "/api/v1/tasks/" + invited + "/reports")).isEqualTo(200);
		assertThat(status(li, "/api/v1/tasks/" + other)).isEqualTo(404);
		assertThat(ApiCalls.items(li, "/api/v1/tasks?q=内涝")).isEmpty();
		assertThat(listed(supervisor())).as("the control: the supervisor lists both").contains(invited, other);
	}

	@Test
	void aTaskOutsideTheInvitationAnswersExactlyLikeAMissingOne() {
		invitationId("daibiao-zhao", invited, "2026-12-01", "2026-12-10");
		RestClient zhao = observer("daibiao-zhao");
		Map<String, Object> outside = ApiCalls.call(zhao, HttpMethod.GET, "/api/v1/tasks/" + other, null).getBody();
		Map<String, Object> missing = ApiCalls
			.call(zhao, HttpMethod.GET, "/api/v1/tasks/00000000-0000-0000-0000-000000000000", null)
			.getBody();
		assertThat(outside).containsEntry("status", 404);
		assertThat(outside.keySet()).isEqualTo(missing.keySet());
		assertThat(outside.get("title")).isEqualTo(missing.get("title"));
		assertThat(outside.get("type")).isEqualTo(missing.get("type"));
	}

	@Test
	void anObserverIsRefusedEveryRouteThatIsNotAReadOfAnInvitedObject() {
		invitationId("daibiao-sun", invited, "2026-12-01", "2026-12-10");
		RestClient sun = observer("daibiao-sun");
		String assignment = SupervisorCalls.assignmentOf(
				ApiCalls.ok(ApiCalls.call(supervisor(), HttpMethod.GET, "/api/v1/tasks/" + invited, null)),
				"441700:fgj");
		for (String route : List.of("/api/v1/tasks/ledger.xlsx", "/api/v1/alerts", "/api/v1/inbox",
				"/api/v1/dashboard/summary", "/api/v1/assignments/" + assignment,
				"/api/v1/tasks/" + invited + "/revisions", "/api/v1/observers/invitations")) {
			assertThat(status(sun, route)).as(route).isEqualTo(403);
		}
		assertThat(status(supervisor(), "/api/v1/alerts")).as("the control: a supervisor reads the alerts")
			.isEqualTo(200);
	}

	@Test
	void theInvitationEndsAfterItsLastDay() {
		invitationId("daibiao-zhou", invited, "2026-12-02", "2026-12-05");
		RestClient zhou = observer("daibiao-zhou");
		assertThat(status(zhou, "/api/v1/tasks/" + invited)).as("the day before its first").isEqualTo(404);
		clock.set("2026-12-02T08:00:00");
		assertThat(status(zhou, "/api/v1/tasks/" + invited)).as("its first day").isEqualTo(200);
		clock.set("2026-12-05T23:30:00");
		assertThat(status(zhou, "/api/v1/tasks/" + invited)).as("its last day").isEqualTo(200);
		assertThat(listed(zhou)).containsExactly(invited);
		clock.advance(Duration.ofHours(1));
		assertThat(status(zhou, "/api/v1/tasks/" + invited)).as("the day after its last").isEqualTo(404);
		assertThat(listed(zhou)).isEmpty();
	}

	@Test
	void aWithdrawnInvitationIsReadNoMoreAndTheWithdrawalIsAudited() {
		String id = invitationId("daibiao-wu", other, "2026-12-01", "2026-12-31");
		RestClient wu = observer("daibiao-wu");
		assertThat(status(wu, "/api/v1/tasks/" + other)).isEqualTo(200);

		Map<String, Object> withdrawn = ApiCalls.ok(ApiCalls.call(supervisor(), HttpMethod.POST,
				"/api/v1/observers/invitations/" + id + "/withdraw", Map.of("reason", "调整受邀人员")));
		assertThat(withdrawn).containsEntry("state", "WITHDRAWN").containsEntry("withdrawReason", "调整受邀人员");
		assertThat(status(wu, "/api/v1/tasks/" + other)).isEqualTo(404);
		assertThat(listed(wu)).isEmpty();
		assertThat(ApiCalls
			.call(supervisor(), HttpMethod.POST, "/api/v1/observers/invitations/" + id + "/withdraw",
					Map.of("reason", "再撤"))
			.getStatusCode()
			.value()).isEqualTo(409);
		assertThat(auditCount("OBSERVER_INVITATION_WITHDRAWN", "invitation " + id)).isEqualTo(1);
		assertThat(auditCount("OBSERVER_INVITED", "invitation " + id)).isEqualTo(1);
	}

	@Test
	void onlyThisNodesSupervisorsInviteAndWithdraw() {
		String id = invitationId("daibiao-qian", invited, "2026-12-01", "2026-12-31");
		RestClient countySupervisor = city.api(TestKeys.token("supervisor-441704", "441704", null, "supervisor"));
		RestClient leader = city.api(TestKeys.token("leader-441700", "441700", null, "leader"));
		assertThat(ApiCalls
			.call(countySupervisor, HttpMethod.POST, "/api/v1/observers/invitations/" + id + "/withdraw",
					Map.of("reason", "越权"))
			.getStatusCode()
			.value()).isEqualTo(403);
		assertThat(ApiCalls
			.call(leader, HttpMethod.POST, "/api/v1/observers/invitations/" + id + "/withdraw", Map.of("reason", "越权"))
			.getStatusCode()
			.value()).isEqualTo(403);
		assertThat(ApiCalls
			.call(countySupervisor, HttpMethod.POST, "/api/v1/observers/invitations", Map.of("observer", "daibiao-qian",
					"kind", "TASK", "targetId", other, "from", "2026-12-01", "until", "2026-12-31"))
			.getStatusCode()
			.value()).isEqualTo(403);
		assertThat(status(observer("daibiao-qian"), "/api/v1/tasks/" + invited)).isEqualTo(200);
	}

	@Test
	void refusesAnInvitationToAMissingTaskOrAPastPeriod() {
		assertThat(
				invite("daibiao-he", "00000000-0000-0000-0000-000000000000", "2026-12-01", "2026-12-31").getStatusCode()
					.value())
			.isEqualTo(404);
		assertThat(invite("daibiao-he", invited, "2026-11-01", "2026-11-30").getStatusCode().value()).isEqualTo(400);
		assertThat(invite("daibiao-he", invited, "2026-12-31", "2026-12-01").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void everyReadOfAnObserverIsAudited() {
		invitationId("daibiao-feng", invited, "2026-12-01", "2026-12-31");
		RestClient feng = observer("daibiao-feng");
		List<String> reads = List.of("/api/v1/tasks", "/api/v1/tasks/" + invited, "/api/v1/tasks/" + other,
				"/api/v1/observer/invitations");
		assertThat(unaudited("daibiao-feng", reads)).as("the control: nothing read yet").isEqualTo(reads);
		reads.forEach((uri) -> status(feng, uri));
		assertThat(unaudited("daibiao-feng", reads)).isEmpty();
		assertThat(auditCount("OBSERVER_READ_404", "GET /api/v1/tasks/" + other)).isGreaterThanOrEqualTo(1);

		status(supervisor(), "/api/v1/tasks/" + other + "/timeline");
		assertThat(unaudited("supervisor-441700", List.of("/api/v1/tasks/" + other + "/timeline")))
			.as("the control: a supervisor's read is no observer's read")
			.hasSize(1);
	}

	@Test
	void theObserverListsWhatTheyAreInvitedTo() {
		invitationId("daibiao-chen", invited, "2026-12-01", "2026-12-31");
		invitationId("daibiao-chen", other, "2026-12-20", "2026-12-31");
		String ended = invitationId("daibiao-chen", other, "2026-12-01", "2026-12-01");
		clock.set("2026-12-02T09:00:00");
		List<Map<String, Object>> mine = invitations(observer("daibiao-chen"), "/api/v1/observer/invitations");
		assertThat(mine).extracting((item) -> item.get("targetId") + " " + item.get("state"))
			.containsExactlyInAnyOrder(invited + " ACTIVE", other + " UPCOMING");
		assertThat(mine).extracting((item) -> item.get("id")).doesNotContain(ended);
		assertThat(invitations(observer("daibiao-nobody"), "/api/v1/observer/invitations")).isEmpty();
		assertThat(invitations(supervisor(), "/api/v1/observers/invitations")).extracting((item) -> item.get("id"))
			.contains(ended);
	}

	@Test
	void invitationsNeverLeaveTheNode() {
		long before = outbound();
		String id = invitationId("daibiao-xu", invited, "2026-12-01", "2026-12-31");
		ApiCalls.ok(ApiCalls.call(supervisor(), HttpMethod.POST, "/api/v1/observers/invitations/" + id + "/withdraw",
				Map.of("reason", "调整")));
		assertThat(outbound()).isEqualTo(before);
		IssuedTasks.issue(city, task("阳西县防汛检查", "441704"));
		assertThat(outbound()).as("the control: a task for the county does travel").isGreaterThan(before);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> invitations(RestClient client, String uri) {
		List<?> body = client.get().uri(uri).retrieve().body(List.class);
		return (List<Map<String, Object>>) body;
	}

	/** The status of a GET, whatever its body. */
	private static int status(RestClient client, String uri) {
		return client.get().uri(uri).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	private static long outbound() {
		return jdbc().sql("SELECT COUNT(*) FROM fed_outbound_entry").query(Long.class).single();
	}

	private static long auditCount(String action, String detail) {
		return jdbc().sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND detail LIKE ?")
			.params(action, "%" + detail + "%")
			.query(Long.class)
			.single();
	}

	/** The reads among these that no OBSERVER_READ record of this user names. */
	private static List<String> unaudited(String user, List<String> uris) {
		List<String> details = jdbc()
			.sql("SELECT detail FROM audit_event WHERE action LIKE 'OBSERVER_READ%' AND actor = ?")
			.param(user)
			.query(String.class)
			.list();
		return uris.stream()
			.filter((uri) -> details.stream().noneMatch((detail) -> detail.startsWith("GET " + uri + " ")))
			.toList();
	}

}
