package org.ducha.deploy.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.keycloak.TokenResponse;
import org.ducha.node.NodeLevel;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's security administrator adds, moves and disables the people of its subtree
 * through the node's admin API, which works in the real Keycloak with the node's service
 * account; every refusal of Keycloak's (a taken username, a password its policy rejects)
 * reaches the caller as a clear 4xx and leaves nobody half created.
 */
@ExtendWith(KeycloakExtension.class)
class UserAdministrationKeycloakIntegrationTests {

	private static final String PASSWORD = "Change-Me-2026x";

	private static DuchaKeycloak keycloak;

	private static TestNode city;

	private static TestNode county;

	private static RestClient secadmin;

	@BeforeAll
	static void start(DuchaKeycloak server) {
		keycloak = server;
		city = TestNode.node("441700", NodeLevel.CITY)
			.parent("440000", "127.0.0.1:1")
			.children("441704")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441700"))
			.start();
		county = TestNode.node("441704", NodeLevel.COUNTY)
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441704"))
			.start();
		PipedLink link = PipedLink.connect(city, county);
		link.drain();
		assertThat(link.isOpen()).isTrue();
		secadmin = city.api(new Callers(keycloak).user("secadmin-441700"));
	}

	@AfterAll
	static void stop() {
		for (String username : List.of("wang-441704-jyj", "li-441700-weak", "zhao-441700-two-hats")) {
			keycloak.realm()
				.users()
				.searchByUsername(username, true)
				.forEach((user) -> keycloak.realm().users().delete(user.getId()).close());
		}
		if (county != null) {
			county.close();
		}
		if (city != null) {
			city.close();
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
	}

	@Test
	void aPasswordThePolicyRefusesIsA400AndNobodyIsCreated() {
		ResponseEntity<Map> weak = post("/api/v1/admin/users", Map.of("username", "li-441700-weak", "firstName", "李",
				"groupCode", "441700:fgj", "roles", List.of("handler"), "temporaryPassword", "alllowercase-no-digits"));
		assertThat(weak.getStatusCode().value()).isEqualTo(400);
		assertThat(keycloak.realm().users().searchByUsername("li-441700-weak", true)).isEmpty();
	}

	@Test
	void twoAdministrativeRolesInOnePersonAreRefused() {
		ResponseEntity<Map> twoHats = post("/api/v1/admin/users",
				Map.of("username", "zhao-441700-two-hats", "firstName", "赵", "groupCode", "441700", "roles",
						List.of("sysadmin", "auditor"), "temporaryPassword", PASSWORD));
		assertThat(twoHats.getStatusCode().value()).isEqualTo(400);
		assertThat(keycloak.realm().users().searchByUsername("zhao-441700-two-hats", true))
			.extracting(UserRepresentation::getUsername)
			.isEmpty();
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
