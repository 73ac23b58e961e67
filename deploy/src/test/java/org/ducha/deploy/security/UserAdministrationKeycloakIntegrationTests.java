package org.ducha.deploy.security;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.keycloak.TokenResponse;
import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's security administrator adds, moves and disables the people of its subtree
 * through the city's admin API, which forwards to the province's node, the only one whose
 * Keycloak service account administers users; every refusal of Keycloak's (a taken
 * username, a password its policy rejects) reaches the caller as a clear 4xx and leaves
 * nobody half created. The city appoints a county's administrators, whose first
 * credential only they set through the link Keycloak e-mails them.
 */
@ExtendWith(KeycloakExtension.class)
class UserAdministrationKeycloakIntegrationTests {

	private static final String PASSWORD = "Change-Me-2026x";

	private static final List<String> CREATED = List.of("wang-441704-jyj", "li-441700-weak", "zhao-441700-two-hats",
			"auditor-441704-appointed", "sysadmin-441700-self-appointed");

	@RegisterExtension
	static final GreenMailExtension mail = RealmMail.server();

	private static final RealmMail realmMail = new RealmMail();

	private static DuchaKeycloak keycloak;

	private static TestNode province;

	private static TestNode city;

	private static RestClient secadmin;

	@BeforeAll
	static void start(DuchaKeycloak server) {
		keycloak = server;
		realmMail.pointAt(keycloak, mail);
		province = KeycloakNodes.province(keycloak);
		city = KeycloakNodes.node(keycloak, TestNode.node("441700", NodeLevel.CITY).children("441704"), province);
		secadmin = city.api(new Callers(keycloak).user("secadmin-441700"));
	}

	@AfterAll
	static void stop() {
		for (String username : CREATED) {
			keycloak.realm()
				.users()
				.searchByUsername(username, true)
				.forEach((user) -> keycloak.realm().users().delete(user.getId()).close());
		}
		realmMail.restore(keycloak);
		if (city != null) {
			city.close();
		}
		if (province != null) {
			province.close();
		}
	}

	@Test
	void aCitySecurityAdministratorAddsMovesAndDisablesAHandlerOfACountyDepartment() {
		ResponseEntity<Map> created = post("/api/v1/admin/users", Map.of("username", "wang-441704-jyj", "firstName",
				"王小明", "groupCode", "441704:jyj", "roles", List.of("handler"), "temporaryPassword", PASSWORD));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(created.getBody()).containsEntry("username", "wang-441704-jyj")
			.containsEntry("groups", List.of("441704:jyj"))
			.containsEntry("roles", List.of("handler"))
			.containsEntry("enabled", true);
		String id = (String) created.getBody().get("id");

		TokenResponse firstSignIn = keycloak.passwordGrant("wang-441704-jyj", PASSWORD, null);
		assertThat(firstSignIn.issued()).as("the temporary password must be changed first").isFalse();

		ResponseEntity<Map> again = post("/api/v1/admin/users", Map.of("username", "wang-441704-jyj", "firstName",
				"王小明", "groupCode", "441704:jyj", "roles", List.of("handler"), "temporaryPassword", PASSWORD));
		assertThat(again.getStatusCode().value()).as("a username already taken").isEqualTo(409);

		ResponseEntity<Map> moved = post("/api/v1/admin/users/" + id + "/move", Map.of("groupCode", "441704:nyj"));
		assertThat(moved.getStatusCode().value()).isEqualTo(200);
		assertThat(moved.getBody()).containsEntry("groups", List.of("441704:nyj"));
		ResponseEntity<Map> outside = post("/api/v1/admin/users/" + id + "/move", Map.of("groupCode", "440902:jyj"));
		assertThat(outside.getStatusCode().value()).as("a group of another city").isEqualTo(400);

		ResponseEntity<Map> disabled = post("/api/v1/admin/users/" + id + "/disable", null);
		assertThat(disabled.getBody()).containsEntry("enabled", false);
		assertThat(keycloak.realm().users().get(id).toRepresentation().isEnabled()).isFalse();
		assertThat(city.bean(AuditTrail.class).latest(20)).extracting(AuditRecord::action)
			.contains("USER_CREATED", "USER_MOVED", "USER_DISABLED");
		assertThat(province.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("wang-441704-jyj")
				.contains("for the security administrator of 441700"));
	}

	@Test
	void aPasswordThePolicyRefusesIsA400AndNobodyIsCreated() {
		ResponseEntity<Map> weak = post("/api/v1/admin/users", Map.of("username", "li-441700-weak", "firstName", "李",
				"groupCode", "441700:fgj", "roles", List.of("handler"), "temporaryPassword", "alllowercase-no-digits"));
		assertThat(weak.getStatusCode().value()).isEqualTo(400);
		assertThat(keycloak.realm().users().searchByUsername("li-441700-weak", true)).isEmpty();
	}

	@Test
	void aSecurityAdministratorCreatesNoAdministrator() {
		ResponseEntity<Map> twoHats = post("/api/v1/admin/users", Map.of("username", "zhao-441700-two-hats",
				"firstName", "赵", "groupCode", "441700", "roles", List.of("auditor"), "temporaryPassword", PASSWORD));
		assertThat(twoHats.getStatusCode().value()).isEqualTo(403);
		assertThat((String) twoHats.getBody().get("detail")).contains("业务角色", "business roles only");
		assertThat(keycloak.realm().users().searchByUsername("zhao-441700-two-hats", true))
			.extracting(UserRepresentation::getUsername)
			.isEmpty();
	}

	@Test
	void theCityAppointsACountysAuditorWhoseFirstCredentialOnlyTheySet() throws Exception {
		ResponseEntity<Map> appointed = post("/api/v1/admin/administrators",
				Map.of("username", "auditor-441704-appointed", "firstName", "审计员", "email",
						"auditor-441704@example.gov.cn", "nodeCode", "441704", "role", "auditor"));
		assertThat(appointed.getStatusCode().value()).as("%s", appointed.getBody()).isEqualTo(201);
		assertThat(appointed.getBody()).containsEntry("roles", List.of("auditor"))
			.containsEntry("groups", List.of("441704"));

		UserRepresentation user = keycloak.realm().users().searchByUsername("auditor-441704-appointed", true).get(0);
		assertThat(user.getRequiredActions()).contains("UPDATE_PASSWORD", "CONFIGURE_TOTP");
		assertThat(keycloak.realm().users().get(user.getId()).credentials()).as("no password anybody chose").isEmpty();
		assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
		MimeMessage setup = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
		assertThat(setup.getAllRecipients()[0].toString()).isEqualTo("auditor-441704@example.gov.cn");
		assertThat(GreenMailUtil.getBody(setup)).contains("action-token");
		assertThat(city.bean(AuditTrail.class).latest(20)).extracting(AuditRecord::action)
			.contains("ADMINISTRATOR_APPOINTED");
		assertThat(province.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("auditor-441704-appointed").contains("as auditor"));

		ResponseEntity<Map> ownNode = post("/api/v1/admin/administrators",
				Map.of("username", "sysadmin-441700-self-appointed", "firstName", "系统管理员", "email",
						"sysadmin-441700@example.gov.cn", "nodeCode", "441700", "role", "sysadmin"));
		assertThat(ownNode.getStatusCode().value()).as("the city's own administrators").isEqualTo(403);
		assertThat(keycloak.realm().users().searchByUsername("sysadmin-441700-self-appointed", true)).isEmpty();
	}

	private static ResponseEntity<Map> post(String uri, Object body) {
		RestClient.RequestBodySpec request = secadmin.post().uri(uri);
		if (body != null) {
			request.body(body);
		}
		return request.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(Map.class);
	}

}
