package org.ducha.node.inbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.inbox.RemindingFederation.as;
import static org.ducha.node.inbox.RemindingFederation.audited;
import static org.ducha.node.inbox.RemindingFederation.inbox;
import static org.ducha.node.inbox.RemindingFederation.post;
import static org.ducha.node.inbox.RemindingFederation.reminders;

/**
 * Reminders across the federation (province → city → counties over piped links): a task
 * the province issued to a county is reminded when due soon and when overdue; the
 * reminder lands in the county's inbox, the city keeps its copy, the sibling county sees
 * nothing; signing is scoped; a relay may urge, the assignee may not; a re-synced county
 * gets its open reminders back.
 */
class ReminderFederationIntegrationTests {

	private static RemindingFederation federation;

	private static TestNode province;

	private static TestNode city;

	private static TestNode jiangcheng;

	private static TestNode yangdong;

	@BeforeAll
	static void start() {
		federation = new RemindingFederation();
		province = federation.province;
		city = federation.city;
		jiangcheng = federation.jiangcheng;
		yangdong = federation.yangdong;
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void aReminderReachesTheCountyInboxTheCityKeepsACopyAndTheSiblingSeesNothing() {
		String assignment = federation.issueToYangdong("全省安全生产大检查", "2024-03-15");
		RestClient countySupervisor = as(yangdong, null, "supervisor");

		federation.remind("2024-03-12T10:00:00");
		assertThat(reminders(province, assignment)).as("three working days before: not yet").isZero();
		federation.remind("2024-03-13T10:00:00");
		assertThat(reminders(province, assignment)).isEqualTo(1);
		assertThat(inbox(countySupervisor, assignment, false)).singleElement().satisfies((item) -> {
			assertThat(item.get("source")).isEqualTo("REMINDER");
			assertThat(item.get("kind")).isEqualTo("DUE_SOON");
			assertThat(item.get("unitCode")).isEqualTo("441704");
			assertThat(item.get("fromNode")).isEqualTo("440000");
			assertThat((String) item.get("title")).contains("将于2024-03-15到期");
			assertThat(item.get("read")).isEqualTo(false);
			assertThat(item.get("signed")).isEqualTo(false);
		});
		List<Map<String, Object>> atCity = as(city, null, "supervisor").get()
			.uri("/api/v1/assignments/{id}/reminders", assignment)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(atCity).as("the city keeps its copy").singleElement().satisfies((reminder) -> {
			assertThat(reminder.get("kind")).isEqualTo("DUE_SOON");
			assertThat(reminder.get("toUnit")).isEqualTo("441704");
		});
		assertThat(inbox(as(city, null, "supervisor"), assignment, false)).as("but it is not the city's mail")
			.isEmpty();
		assertThat(reminders(jiangcheng, assignment)).as("the sibling county never sees it").isZero();
		assertThat(inbox(as(jiangcheng, null, "supervisor"), assignment, false)).isEmpty();

		federation.remind("2024-03-14T10:00:00");
		assertThat(reminders(province, assignment)).as("once per slot").isEqualTo(1);
		federation.remind("2024-03-18T10:00:00");
		assertThat(reminders(province, assignment)).isEqualTo(2);
		assertThat(inbox(countySupervisor, assignment, false))
			.extracting((item) -> item.get("kind") + "/" + item.get("audience"))
			.containsExactlyInAnyOrder("DUE_SOON/HANDLERS", "OVERDUE/HANDLERS", "OVERDUE/UNIT_HEAD");
		assertThat(inbox(as(yangdong, null, "handler"), assignment, false))
			.as("a handler does not see what is reserved for the unit head")
			.extracting((item) -> item.get("audience"))
			.containsOnly("HANDLERS")
			.hasSize(2);
		assertThat(inbox(as(yangdong, null, "unit-head"), assignment, false)).hasSize(3);
		assertThat(inbox(as(yangdong, "441704:jyj", "handler", "unit-head"), assignment, false))
			.as("another unit of the county")
			.isEmpty();
		assertThat(reminders(city, assignment)).isEqualTo(2);
		assertThat(reminders(jiangcheng, assignment)).isZero();
	}

	@Test
	void signingAndReadingAreScoped() {
		String assignment = federation.issueToYangdong("防汛备汛工作", "2024-03-15");
		federation.remind("2024-03-13T10:00:00");
		RestClient countySupervisor = as(yangdong, null, "supervisor");
		String item = (String) inbox(countySupervisor, assignment, false).get(0).get("id");

		assertThat(post(as(yangdong, "441704:jyj", "handler"), "/api/v1/inbox/{id}/sign", Map.of(), item))
			.as("another unit's handler: not found, as if missing")
			.isEqualTo(404);
		assertThat(post(as(jiangcheng, null, "supervisor"), "/api/v1/inbox/{id}/sign", Map.of(), item))
			.as("the sibling county")
			.isEqualTo(404);
		assertThat(post(as(city, null, "supervisor"), "/api/v1/inbox/{id}/sign", Map.of(), item)).as("the relay above")
			.isEqualTo(404);
		assertThat(post(countySupervisor, "/api/v1/inbox/{id}/sign", Map.of(), UUID.randomUUID())).as("a missing item")
			.isEqualTo(404);

		RestClient reader = as(yangdong, null, "handler");
		assertThat(inbox(reader, assignment, true)).hasSize(1);
		assertThat(post(reader, "/api/v1/inbox/{id}/read", Map.of(), item)).isEqualTo(200);
		assertThat(inbox(reader, assignment, true)).as("read by this user").isEmpty();
		assertThat(inbox(countySupervisor, assignment, true)).as("still unread for another").hasSize(1);

		Map<?, ?> signed = countySupervisor.post().uri("/api/v1/inbox/{id}/sign", item).retrieve().body(Map.class);
		assertThat(signed.get("signed")).isEqualTo(true);
		assertThat(signed.get("signedAt")).isNotNull();
		assertThat(signed.get("read")).isEqualTo(true);
		assertThat(post(reader, "/api/v1/inbox/{id}/sign", Map.of(), item)).as("signed once").isEqualTo(409);
		assertThat(inbox(reader, assignment, false)).singleElement()
			.satisfies((seen) -> assertThat(seen.get("signed")).isEqualTo(true));
	}

	@Test
	void theIssuerAndARelayAboveMayUrgeTheAssigneeMayNot() {
		String assignment = federation.issueToYangdong("农村人居环境整治", "2024-05-15");
		Map<String, Object> urge = Map.of("message", "请于本周内报送整治进展。", "toUnitHead", true);

		assertThat(post(as(city, "441700:dcs", "supervisor"), "/api/v1/assignments/{id}/reminders", urge, assignment))
			.as("the city above the county")
			.isEqualTo(201);
		assertThat(post(as(province, "440000:dcs", "leader"), "/api/v1/assignments/{id}/reminders", urge, assignment))
			.as("the issuer")
			.isEqualTo(201);
		assertThat(post(as(yangdong, null, "supervisor"), "/api/v1/assignments/{id}/reminders", urge, assignment))
			.as("the assignee's own node sees it but may not urge")
			.isEqualTo(403);
		assertThat(post(as(city, "441700:fgj", "handler"), "/api/v1/assignments/{id}/reminders", urge, assignment))
			.as("a city department that has nothing to do with it")
			.isEqualTo(404);
		assertThat(post(as(jiangcheng, null, "supervisor"), "/api/v1/assignments/{id}/reminders", urge, assignment))
			.isEqualTo(404);
		assertThat(post(as(city, "441700:dcs", "supervisor"), "/api/v1/assignments/{id}/reminders",
				Map.of("message", " "), assignment))
			.as("a message is needed")
			.isEqualTo(400);
		federation.settle();

		assertThat(inbox(as(yangdong, null, "supervisor"), assignment, false))
			.extracting((item) -> item.get("fromNode") + "/" + item.get("kind") + "/" + item.get("audience"))
			.containsExactlyInAnyOrder("441700/MANUAL/HANDLERS", "441700/MANUAL/UNIT_HEAD", "440000/MANUAL/HANDLERS",
					"440000/MANUAL/UNIT_HEAD");
		assertThat(reminders(city, assignment)).isEqualTo(2);
		assertThat(reminders(province, assignment)).as("the city's urging does not go up").isEqualTo(1);
		assertThat(audited(city, "REMINDER_SENT")).anySatisfy((detail) -> assertThat(detail).contains(assignment));
	}

	@Test
	void aCountyReSyncedGetsItsOpenRemindersBack() {
		String assignment = federation.issueToYangdong("民生实事推进", "2024-04-15");
		federation.remind("2024-04-12T10:00:00");
		assertThat(inbox(as(yangdong, null, "supervisor"), assignment, false)).hasSize(1);

		// the county loses what it had, and the city's alert log towards it is re-created
		federation.disconnectYangdong();
		JdbcClient county = yangdong.bean(JdbcClient.class);
		county.sql("DELETE FROM inbox_item").update();
		county.sql("DELETE FROM reminder").update();
		JdbcClient relay = city.bean(JdbcClient.class);
		relay.sql("DELETE FROM fed_outbound_entry WHERE peer_code = '441704' AND channel = 'alert'").update();
		relay
			.sql("UPDATE fed_outbound_log SET epoch = ?, last_seq = 0, acked_seq = 0 "
					+ "WHERE peer_code = '441704' AND channel = 'alert'")
			.param(UUID.randomUUID().toString())
			.update();
		federation.connectYangdong();

		assertThat(audited(yangdong, "RESYNC_COMPLETED")).isNotEmpty();
		assertThat(inbox(as(yangdong, null, "supervisor"), assignment, false)).singleElement()
			.satisfies((item) -> assertThat(item.get("kind")).isEqualTo("DUE_SOON"));
		assertThat(reminders(yangdong, assignment)).isEqualTo(1);
	}

	@Test
	void alertsAddressedHereAreInTheInboxAndSigningTheItemSignsTheAlert() {
		String assignment = federation.issueToYangdong("河湖长制落实", "2024-05-15");
		String taskId = province.bean(JdbcClient.class)
			.sql("SELECT task_id FROM assignment WHERE id = ?")
			.param(assignment)
			.query(String.class)
			.single();
		Map<?, ?> warning = as(yangdong, null, "supervisor").post()
			.uri("/api/v1/alerts")
			.body(Map.of("kind", "RISK", "toNode", "440000", "taskId", taskId, "assignmentId", assignment, "title",
					"河道清淤资金缺口", "message", "需省级协调资金"))
			.retrieve()
			.body(Map.class);
		String alertId = (String) warning.get("id");
		federation.settle();

		RestClient provinceSupervisor = as(province, "440000:dcs", "supervisor");
		List<Map<String, Object>> items = inbox(provinceSupervisor, assignment, false);
		assertThat(items).singleElement().satisfies((item) -> {
			assertThat(item.get("source")).isEqualTo("ALERT");
			assertThat(item.get("sourceId")).isEqualTo(alertId);
			assertThat(item.get("kind")).isEqualTo("RISK");
			assertThat(item.get("unitCode")).as("to the province's government").isEqualTo("440000");
		});
		assertThat(inbox(as(province, "440000:zfb", "handler"), assignment, false))
			.as("a department's handler does not see the government's mail")
			.isEmpty();
		assertThat(inbox(as(city, null, "supervisor"), assignment, false)).as("the relay only passes it on").isEmpty();

		assertThat(post(provinceSupervisor, "/api/v1/inbox/{id}/sign", Map.of(), items.get(0).get("id")))
			.isEqualTo(200);
		Map<?, ?> atProvince = provinceSupervisor.get().uri("/api/v1/alerts/{id}", alertId).retrieve().body(Map.class);
		assertThat(atProvince.get("status")).as("signing the item signs for the alert").isEqualTo("ACKNOWLEDGED");
		federation.settle();
		Map<?, ?> atCounty = as(yangdong, null, "supervisor").get()
			.uri("/api/v1/alerts/{id}", alertId)
			.retrieve()
			.body(Map.class);
		assertThat(atCounty.get("status")).as("and the signing goes back to the sender").isEqualTo("ACKNOWLEDGED");

		Map<?, ?> prompt = as(yangdong, null, "supervisor").post()
			.uri("/api/v1/alerts")
			.body(Map.of("kind", "PROMPT", "toNode", "441704", "toUnit", "441704:jyj", "assignmentId", assignment,
					"title", "请教育局配合排查", "message", "涉及学校周边河道"))
			.retrieve()
			.body(Map.class);
		assertThat(inbox(as(yangdong, "441704:jyj", "handler"), assignment, false))
			.as("an alert raised here to a unit of this node")
			.singleElement()
			.satisfies((item) -> assertThat(item.get("sourceId")).isEqualTo(prompt.get("id")));
		as(yangdong, "441704:jyj", "handler").post()
			.uri("/api/v1/alerts/{id}/acknowledge", prompt.get("id"))
			.retrieve()
			.toBodilessEntity();
		assertThat(inbox(as(yangdong, "441704:jyj", "handler"), assignment, false)).singleElement()
			.as("signed for through the alerts API: the item follows")
			.satisfies((item) -> assertThat(item.get("signed")).isEqualTo(true));
	}

}
