package org.ducha.node.users;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.InvalidProtocolBufferException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.federation.AppointmentWireEvents;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An appointment is audited at both nodes (docs/security.md §5.4): the province's
 * security administrator appoints an administrator of the city, and the city, told over
 * the real link, records it in its own audit trail. The city believes only its parent:
 * the same message in the name of another node, or sent up by the city, is quarantined
 * and recorded nowhere as an appointment. The identity provider is an in-memory directory
 * here.
 */
class AppointmentFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final InMemoryUserDirectory users = new InMemoryUserDirectory();

	private static Federation federation;

	private static TestNode province;

	private static TestNode city;

	@BeforeAll
	static void start() {
		users.add("secadmin-440000", "440000", "secadmin");
		federation = Federation.withCounties(Map.of(), (code, builder) -> {
			if (code.equals("440000")) {
				builder.bean("userDirectory", users);
			}
		});
		province = federation.province;
		city = federation.city;
	}

	@AfterAll
	static void stop() {
		if (federation != null) {
			federation.close();
		}
	}

	private static ResponseEntity<Map> appoint(String username, String node) {
		return province.api(TestKeys.token("secadmin-440000", "440000", null, "secadmin"))
			.post()
			.uri("/api/v1/admin/administrators")
			.body(Map.of("username", username, "firstName", "任", "email", username + "@example.gov.cn", "nodeCode",
					node, "role", "auditor"))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(Map.class);
	}

	private static List<AuditRecord> audited(TestNode node, String action, String username) {
		return node.bean(AuditTrail.class)
			.latest(500)
			.stream()
			.filter((record) -> record.action().equals(action) && record.detail().contains("user " + username + " "))
			.toList();
	}

	/** Writes an entry into a node's outbox, as whoever holds that node may. */
	private static String send(TestNode from, String origin, String destination, Event event) {
		String eventId = UUID.randomUUID().toString();
		new TransactionTemplate(from.bean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> from.bean(Outbox.class)
				.send(Channel.CHANNEL_ALERT, new Delivery(eventId, origin, destination, Instant.now(), event)));
		return eventId;
	}

	private static Map<String, Object> quarantined(TestNode node, String eventId) {
		return node.bean(JdbcClient.class)
			.sql("SELECT cause, event_type, reason FROM fed_quarantine WHERE side = 'IN' AND event_id = ?")
			.param(eventId)
			.query()
			.singleRow();
	}

	private static long quarantinedCount(TestNode node, String eventId) {
		return node.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM fed_quarantine WHERE side = 'IN' AND event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}

	@Test
	void anAppointmentOfTheCitysAuditorIsRecordedAtTheProvinceAndAtTheCity() {
		ResponseEntity<Map> appointed = appoint("auditor-441700-new", "441700");
		assertThat(appointed.getStatusCode().value()).isEqualTo(201);
		String userId = (String) appointed.getBody().get("id");

		assertThat(audited(province, "ADMINISTRATOR_APPOINTED", "auditor-441700-new")).singleElement()
			.satisfies((record) -> assertThat(record.actor()).isEqualTo("secadmin-440000"));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(audited(city, "ADMINISTRATOR_APPOINTED_BY_PARENT", "auditor-441700-new"))
				.singleElement()
				.satisfies((record) -> {
					assertThat(record.category()).isEqualTo(AuditCategory.SECURITY);
					assertThat(record.actor()).isEqualTo("secadmin-440000");
					assertThat(record.peer()).isEqualTo("440000");
					assertThat(record.detail()).contains("(" + userId + ")", "as auditor of 441700",
							"appointed at node 440000 by secadmin-440000");
				}));
		List<Map<String, Object>> entries = province.bean(JdbcClient.class)
			.sql("SELECT event_id, payload FROM fed_outbound_entry WHERE peer_code = '441700' "
					+ "AND event_type = 'ADMINISTRATOR_APPOINTED'")
			.query()
			.listOfRows()
			.stream()
			.filter((row) -> parse((byte[]) row.get("payload")).getUsername().equals("auditor-441700-new"))
			.toList();
		assertThat(entries).as("one message to the city").hasSize(1);
		Map<String, Object> sent = entries.get(0);
		assertThat(parse((byte[]) sent.get("payload"))).as("the message as it travelled, without any credential")
			.isEqualTo(org.ducha.proto.federation.v1.AdministratorAppointed.newBuilder()
				.setAppointingNode("440000")
				.setNodeCode("441700")
				.setUsername("auditor-441700-new")
				.setRole("auditor")
				.setAppointedBy("secadmin-440000")
				.setAppointedAt(parse((byte[]) sent.get("payload")).getAppointedAt())
				.setUserId(userId)
				.build());
		assertThat(city.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM fed_applied_event WHERE origin_node = '440000' AND event_id = ?")
			.param(sent.get("event_id"))
			.query(Long.class)
			.single()).as("applied at the city as the province's entry").isEqualTo(1);
	}

	private static org.ducha.proto.federation.v1.AdministratorAppointed parse(byte[] payload) {
		try {
			return Event.parseFrom(payload).getAdministratorAppointed();
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anAppointmentForANodeWithoutALinkIsRecordedAsNotToldThere() {
		ResponseEntity<Map> appointed = appoint("auditor-440900-new", "440900");
		assertThat(appointed.getStatusCode().value()).isEqualTo(201);

		assertThat(audited(province, "ADMINISTRATOR_APPOINTED", "auditor-440900-new")).hasSize(1);
		assertThat(audited(province, "ADMINISTRATOR_APPOINTMENT_NOT_SENT", "auditor-440900-new")).hasSize(1);
	}

	@Test
	void anAppointmentOfTheCitysAdministratorInAnotherNodesNameIsQuarantined() {
		// as a province relaying, unchecked, what a sibling city said of this one
		String id = send(province, "440900", "441700",
				AppointmentWireEvents.appointed("440900", "441700", "auditor-441700-forged"));

		await().atMost(PATIENCE).until(() -> quarantinedCount(city, id) == 1);
		assertThat(quarantined(city, id)).containsEntry("cause", "FORBIDDEN")
			.containsEntry("event_type", "ADMINISTRATOR_APPOINTED")
			.hasEntrySatisfying("reason", (reason) -> assertThat((String) reason)
				.contains("is appointed by its parent 440000 only, not by node 440900"));
		assertThat(audited(city, "ADMINISTRATOR_APPOINTED_BY_PARENT", "auditor-441700-forged")).isEmpty();
		assertThat(city.bean(AuditTrail.class).latest(500))
			.filteredOn((record) -> record.action().equals("ENTRY_QUARANTINED") && record.detail().contains(id))
			.singleElement()
			.satisfies((record) -> assertThat(record.category()).isEqualTo(AuditCategory.SECURITY));

		// the same message in the parent's name is believed: the refusal is the name's
		String rightful = send(province, "440000", "441700",
				AppointmentWireEvents.appointed("440000", "441700", "auditor-441700-rightful"));
		await().atMost(PATIENCE)
			.until(() -> audited(city, "ADMINISTRATOR_APPOINTED_BY_PARENT", "auditor-441700-rightful").size() == 1);
		assertThat(quarantinedCount(city, rightful)).isZero();
	}

	@Test
	void anAppointmentSentUpByTheCityIsQuarantinedAtTheProvince() {
		String id = send(city, "441700", "440000",
				AppointmentWireEvents.appointed("441700", "440000", "auditor-440000-forged"));

		await().atMost(PATIENCE).until(() -> quarantinedCount(province, id) == 1);
		assertThat(quarantined(province, id)).containsEntry("cause", "FORBIDDEN")
			.hasEntrySatisfying("reason",
					(reason) -> assertThat((String) reason).contains("AdministratorAppointed never travels up"));
		assertThat(audited(province, "ADMINISTRATOR_APPOINTED_BY_PARENT", "auditor-440000-forged")).isEmpty();
	}

}
