package org.ducha.deploy.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county's node secret, as an attacker who broke into the county's machine would use it
 * against Keycloak's admin API: it reads, lists, changes and creates nobody, grants no
 * role and cannot change its own account, because no node account but the province's
 * holds any power over users (docs/security.md §5). The controls: the same calls with the
 * province's node token succeed, and a forged token is not even authenticated (401), so
 * the county's 403 is a refusal of a valid caller.
 */
@ExtendWith(KeycloakExtension.class)
class NodeAccountsIntegrationTests {

	private final DuchaKeycloak keycloak;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	NodeAccountsIntegrationTests(DuchaKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	@Test
	void aCountysNodeSecretAdministersNobodyThroughKeycloaksAdminApi() {
		String county = this.keycloak.nodeToken("441704").value();
		String outside = userId("handler-440902");
		String inside = userId("handler-441704");
		String self = serviceAccount("node-441704").getId();
		String handlerRole = json(this.keycloak.realm().roles().get("handler").toRepresentation());
		String secadminRole = json(this.keycloak.realm().roles().get("secadmin").toRepresentation());

		List<String> answers = new ArrayList<>();
		answers.add(call(county, "GET", "/users?max=500", null));
		answers.add(call(county, "GET", "/users/" + outside, null));
		answers.add(call(county, "PUT", "/users/" + outside, "{\"lastName\":\"改\"}"));
		answers.add(call(county, "GET", "/users/" + inside, null));
		answers.add(call(county, "PUT", "/users/" + inside, "{\"enabled\":false}"));
		answers.add(call(county, "POST", "/users", "{\"username\":\"planted-by-441704\",\"enabled\":true,"
				+ "\"groups\":[\"" + DemoRealm.groupPath("440900") + "\"]}"));
		answers.add(call(county, "POST", "/users", "{\"username\":\"planted-in-441704\",\"enabled\":true,"
				+ "\"groups\":[\"" + DemoRealm.groupPath("441704") + "/jyj\"]}"));
		answers.add(call(county, "POST", "/users/" + inside + "/role-mappings/realm", "[" + handlerRole + "]"));
		answers.add(call(county, "POST", "/users/" + self + "/role-mappings/realm", "[" + secadminRole + "]"));
		answers.add(call(county, "PUT", "/users/" + self, "{\"firstName\":\"改\"}"));
		answers.add(call(county, "GET",
				"/groups/" + this.keycloak.realm().getGroupByPath("/440000").getId() + "/members", null));

		assertThat(answers).allSatisfy((answer) -> assertThat(answer).endsWith(" 403"));
		assertThat(this.keycloak.realm().users().searchByUsername("planted-by-441704", true)).isEmpty();
		assertThat(this.keycloak.realm().users().searchByUsername("planted-in-441704", true)).isEmpty();
		assertThat(this.keycloak.realm().users().get(self).roles().realmLevel().listAll())
			.extracting(RoleRepresentation::getName)
			.doesNotContain("secadmin");
		assertThat(this.keycloak.realm().users().get(outside).toRepresentation().getLastName()).isNotEqualTo("改");
	}

	@Test
	void theSameCallsWithTheProvincesTokenSucceedAndAForgedTokenIsNotEvenAuthenticated() {
		String province = this.keycloak.nodeToken("440000").value();
		String outside = userId("handler-440902");

		assertThat(call(province, "GET", "/users/" + outside, null)).endsWith(" 200");
		assertThat(call(province, "GET", "/users?max=5", null)).endsWith(" 200");
		String county = this.keycloak.nodeToken("441704").value();
		String forged = county.substring(0, county.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
		assertThat(call(forged, "GET", "/users/" + outside, null)).endsWith(" 401");
	}

	@Test
	void noNodeAccountButTheProvincesHoldsAnyRightOverTheRealm() {
		String realmManagement = this.keycloak.realm().clients().findByClientId("realm-management").get(0).getId();
		for (String code : DemoRealm.NODES) {
			List<String> rights = this.keycloak.realm()
				.users()
				.get(serviceAccount(DemoRealm.nodeClient(code)).getId())
				.roles()
				.clientLevel(realmManagement)
				.listAll()
				.stream()
				.map(RoleRepresentation::getName)
				.toList();
			if (code.equals("440000")) {
				assertThat(rights).as("the province")
					.contains("manage-users")
					.doesNotContain("manage-realm", "realm-admin", "manage-clients", "manage-authorization");
			}
			else {
				assertThat(rights).as("node " + code).isEmpty();
			}
		}
	}

	private UserRepresentation serviceAccount(String clientId) {
		ClientRepresentation client = this.keycloak.realm().clients().findByClientId(clientId).get(0);
		return this.keycloak.realm().clients().get(client.getId()).getServiceAccountUser();
	}

	private String userId(String username) {
		return this.keycloak.realm().users().searchByUsername(username, true).get(0).getId();
	}

	/** A call of the realm's admin API; returns {@code "METHOD path status"}. */
	private String call(String token, String method, String path, String body) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.keycloak.baseUrl() + "/admin/realms/" + DemoRealm.REALM + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			return method + " " + path + " "
					+ this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(RoleRepresentation role) {
		return "{\"id\":\"" + role.getId() + "\",\"name\":\"" + role.getName() + "\"}";
	}

}
