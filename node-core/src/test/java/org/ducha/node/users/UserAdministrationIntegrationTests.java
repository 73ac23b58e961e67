package org.ducha.node.users;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's security administrator manages the people of the city and its counties, and no
 * one else's; the identity provider stands behind an in-memory directory here (its
 * Keycloak adapter is tested against a real Keycloak in the deploy module).
 */
class UserAdministrationIntegrationTests {

	private static final InMemoryUserDirectory users = new InMemoryUserDirectory();

	private static TestNode city;

	private static TestNode withoutKeycloak;

	private static TestNode relayingCounty;

	@BeforeAll
	static void start() {
		users.add("u-city", "441700:fgj", "handler");
		users.add("u-county", "441704", "supervisor");
		users.add("u-county-dept", "441704:jyj", "handler");
		users.add("u-other-city", "440900", "supervisor");
		users.add("u-province", "440000", "leader");
		users.add("u-city-auditor", "441700", "auditor");
		users.add("u-county-auditor", "441704", "auditor");
		users.add("secadmin-441700", "441700", "secadmin");
		users.addFrom(AccountSource.DIRECTORY, "yangjiang-ldap", "u-directory", "441700:jyj", "handler");
		users.addFrom(AccountSource.PROVIDER, "yangjiang", "u-provider", "441704:jyj", "handler");
		city = TestNode.node("441700", NodeLevel.CITY)
			.children("441702", "441704")
			.withoutTransport()
			.bean("userDirectory", users)
			.start();
		withoutKeycloak = TestNode.node("441704", NodeLevel.COUNTY).withoutTransport().start();
		// the city holds the directory here: the county forwards to it as to the province
		relayingCounty = TestNode.node("441704", NodeLevel.COUNTY)
			.withoutTransport()
			.property("ducha.users.province-url", "http://127.0.0.1:" + city.httpPort())
			.start();
	}

	@AfterAll
	static void stop() {
		relayingCounty.close();
		withoutKeycloak.close();
		city.close();
	}

	private static RestClient as(String role) {
		return city.api(TestKeys.token(role + "-441700", "441700", null, role));
	}

	private static ResponseEntity<Map> call(RestClient client, String method, String uri, Object body) {
		var request = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
		if (body != null) {
			request.body(body);
		}
		return request.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(Map.class);
	}

	private static Map<String, Object> newUser(String group, List<String> roles) {
		return Map.of("username", "new-" + group.replace(':', '-') + "-" + roles.size(), "firstName", "新", "groupCode",
				group, "roles", roles, "temporaryPassword", "Changeme-2026-Now");
	}

	@Test
	void listsOnlyThePeopleOfTheCityAndItsCounties() {
		List<Map<String, Object>> listed = as("secadmin").get().uri("/api/v1/admin/users").retrieve().body(List.class);
		assertThat(listed).extracting((user) -> user.get("username"))
			.contains("u-city", "u-county", "u-county-dept")
			.doesNotContain("u-other-city", "u-province");
	}

	@Test
	void aUserOutsideTheSubtreeIsNotFoundLikeAMissingOne() {
		assertThat(call(as("secadmin"), "GET", "/api/v1/admin/users/u-other-city", null).getStatusCode().value())
			.isEqualTo(404);
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/u-province/disable", null).getStatusCode().value())
			.isEqualTo(404);
		assertThat(call(as("secadmin"), "GET", "/api/v1/admin/users/nobody", null).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void createsDisablesAndMovesWithinTheSubtreeAndAuditsIt() {
		ResponseEntity<Map> created = call(as("secadmin"), "POST", "/api/v1/admin/users",
				newUser("441702", List.of("handler")));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		String id = (String) created.getBody().get("id");
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/" + id + "/disable", null).getBody())
			.containsEntry("enabled", false);
		assertThat(
				call(as("secadmin"), "POST", "/api/v1/admin/users/" + id + "/move", Map.of("groupCode", "441704:jyj"))
					.getBody()
					.get("groups"))
			.isEqualTo(List.of("441704:jyj"));
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/" + id + "/move", Map.of("groupCode", "440902"))
			.getStatusCode()
			.value()).as("a county of another city").isEqualTo(400);
		assertThat(city.bean(AuditTrail.class).latest(20)).extracting(AuditRecord::action)
			.contains("USER_CREATED", "USER_DISABLED", "USER_MOVED");
	}

	@Test
	void refusesUsersOutsideTheSubtreeAndAccountsWithTwoAdministratorRoles() {
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users", newUser("440900", List.of("handler")))
			.getStatusCode()
			.value()).isEqualTo(400);
		ResponseEntity<Map> twoAdmins = call(as("secadmin"), "POST", "/api/v1/admin/users",
				newUser("441700", List.of("sysadmin", "auditor")));
		assertThat(twoAdmins.getStatusCode().value()).isEqualTo(403);
		assertThat((String) twoAdmins.getBody().get("detail")).contains("三员分立");
	}

	@Test
	void onlyTheSecurityAdministratorAdministersUsers() {
		for (String role : List.of("sysadmin", "auditor", "supervisor", "leader")) {
			assertThat(call(as(role), "GET", "/api/v1/admin/users", null).getStatusCode().value()).as(role)
				.isEqualTo(403);
		}
	}

	@Test
	void saysWhatIsMissingWithoutKeycloak() {
		ResponseEntity<Map> response = call(withoutKeycloak.api(TestKeys.token("sec", "441704", null, "secadmin")),
				"GET", "/api/v1/admin/users", null);
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat((String) response.getBody().get("detail")).contains("ducha.security.keycloak.issuer-uri");
	}

	@Test
	void delegatedCreationGrantsBusinessRolesOnly() {
		for (String role : List.of("auditor", "sysadmin", "secadmin")) {
			Map<String, Object> user = Map.of("username", "hat-" + role, "firstName", "甲", "groupCode", "441704",
					"roles", List.of("observer", role), "temporaryPassword", "Changeme-2026-Now");
			ResponseEntity<Map> refused = call(as("secadmin"), "POST", "/api/v1/admin/users", user);
			assertThat(refused.getStatusCode().value()).as(role).isEqualTo(403);
			assertThat((String) refused.getBody().get("detail")).contains("业务角色", "business roles only");
			assertThat(users.find("hat-" + role)).as(role).isEmpty();
		}
	}

	@Test
	void aSecurityAdministratorAppointsTheAdministratorsOfTheNodesRightBelowItOnly() {
		ResponseEntity<Map> appointed = call(as("secadmin"), "POST", "/api/v1/admin/administrators",
				appointment("auditor-441704-new", "441704", "auditor"));
		assertThat(appointed.getStatusCode().value()).isEqualTo(201);
		assertThat(appointed.getBody()).containsEntry("roles", List.of("auditor"))
			.containsEntry("groups", List.of("441704"));
		assertThat(appointed.getBody().toString()).as("no credential in the answer")
			.doesNotContainIgnoringCase("password");
		assertThat(users.setupMailsTo).contains("auditor-441704-new@example.gov.cn");
		assertThat(city.bean(AuditTrail.class).latest(20)).extracting(AuditRecord::action)
			.contains("ADMINISTRATOR_APPOINTED");

		for (String node : List.of("441700", "440000", "440902")) {
			ResponseEntity<Map> refused = call(as("secadmin"), "POST", "/api/v1/admin/administrators",
					appointment("sysadmin-" + node + "-new", node, "sysadmin"));
			assertThat(refused.getStatusCode().value()).as("an administrator of " + node).isEqualTo(403);
			assertThat((String) refused.getBody().get("detail")).contains("上一级", "level above");
			assertThat(users.find("sysadmin-" + node + "-new")).isEmpty();
		}
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/administrators",
				appointment("handler-441704-new", "441704", "handler"))
			.getStatusCode()
			.value()).as("a business role is created, not appointed").isEqualTo(400);
		assertThat(call(as("sysadmin"), "POST", "/api/v1/admin/administrators",
				appointment("auditor-441702-new", "441702", "auditor"))
			.getStatusCode()
			.value()).as("a system administrator appoints nobody").isEqualTo(403);
		assertThat(city.bean(JdbcClient.class)
			.sql("SELECT destination_node FROM fed_outbound_entry WHERE event_type = 'ADMINISTRATOR_APPOINTED'")
			.query(String.class)
			.list()).as("the appointed node is told, and only of the appointment made").containsExactly("441704");
	}

	@Test
	void aNodesAdministratorsAreManagedByTheLevelAboveOnly() {
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/u-city-auditor/disable", null).getStatusCode()
			.value()).as("the city's own auditor").isEqualTo(403);
		assertThat(users.find("u-city-auditor").get().enabled()).isTrue();
		assertThat(
				call(as("secadmin"), "POST", "/api/v1/admin/users/u-county-auditor/move", Map.of("groupCode", "441702"))
					.getStatusCode()
					.value())
			.as("an administrator is not moved")
			.isEqualTo(403);
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/u-county-auditor/disable", null).getBody())
			.as("a county's auditor, by the city")
			.containsEntry("enabled", false);
		call(as("secadmin"), "POST", "/api/v1/admin/users/u-county-auditor/enable", null);
	}

	@Test
	void nobodyChangesTheirOwnAccount() {
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/secadmin-441700/disable", null).getStatusCode()
			.value()).isEqualTo(400);
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/secadmin-441700/move",
				Map.of("groupCode", "441700:fgj"))
			.getStatusCode()
			.value()).isEqualTo(400);
		assertThat(users.find("secadmin-441700").get().groups()).containsExactly("441700");
	}

	@Test
	void aLowerNodeForwardsToTheNodeHoldingTheDirectoryWhichScopesItToThatNode() {
		RestClient countySecadmin = relayingCounty.api(TestKeys.token("secadmin-441704", "441704", null, "secadmin"));
		List<Map<String, Object>> listed = countySecadmin.get().uri("/api/v1/admin/users").retrieve().body(List.class);
		assertThat(listed).extracting((user) -> user.get("username"))
			.contains("u-county", "u-county-dept")
			.doesNotContain("u-city", "u-other-city", "u-province");

		ResponseEntity<Map> created = call(countySecadmin, "POST", "/api/v1/admin/users",
				Map.of("username", "relayed-441704", "firstName", "转", "groupCode", "441704:jyj", "roles",
						List.of("handler"), "temporaryPassword", "Changeme-2026-Now"));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(users.find("relayed-441704")).isPresent();
		assertThat(relayingCounty.bean(AuditTrail.class).latest(20)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("relayed-441704"));
		assertThat(city.bean(AuditTrail.class).latest(20)).extracting(AuditRecord::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("relayed-441704")
				.contains("for the security administrator of 441704"));

		ResponseEntity<Map> above = call(countySecadmin, "POST", "/api/v1/admin/users",
				Map.of("username", "relayed-441700", "firstName", "转", "groupCode", "441700:fgj", "roles",
						List.of("handler"), "temporaryPassword", "Changeme-2026-Now"));
		assertThat(above.getStatusCode().value()).as("the city's department, from the county").isEqualTo(400);
		assertThat(users.find("relayed-441700")).isEmpty();
		assertThat(call(countySecadmin, "GET", "/api/v1/admin/users/u-city", null).getStatusCode().value())
			.isEqualTo(404);
		assertThat(call(countySecadmin, "POST", "/api/v1/admin/administrators",
				appointment("auditor-441704-self", "441704", "auditor"))
			.getStatusCode()
			.value()).as("its own node's administrator").isEqualTo(403);
	}

	@Test
	void everyAccountSaysWhereItComesFrom() {
		List<Map<String, Object>> listed = as("secadmin").get().uri("/api/v1/admin/users").retrieve().body(List.class);
		assertThat(listed).filteredOn((user) -> "u-city".equals(user.get("username")))
			.singleElement()
			.satisfies((user) -> assertThat(user).containsEntry("source", "LOCAL").containsEntry("sourceName", null));
		assertThat(listed).filteredOn((user) -> "u-directory".equals(user.get("username")))
			.singleElement()
			.satisfies((user) -> assertThat(user).containsEntry("source", "DIRECTORY")
				.containsEntry("sourceName", "yangjiang-ldap"));
		assertThat(listed).filteredOn((user) -> "u-provider".equals(user.get("username")))
			.singleElement()
			.satisfies((user) -> assertThat(user).containsEntry("source", "PROVIDER")
				.containsEntry("sourceName", "yangjiang"));
	}

	@Test
	void theGroupOfADirectorysOrAProvidersAccountIsTheirsButEnablingStaysHere() {
		ResponseEntity<Map> fromDirectory = call(as("secadmin"), "POST", "/api/v1/admin/users/u-directory/move",
				Map.of("groupCode", "441700:fgj"));
		assertThat(fromDirectory.getStatusCode().value()).isEqualTo(409);
		assertThat((String) fromDirectory.getBody().get("detail")).contains("单位来自其所属目录 yangjiang-ldap",
				"comes from its directory yangjiang-ldap");
		assertThat(users.find("u-directory").get().groups()).containsExactly("441700:jyj");

		// forwarded by the county to the node holding the directory: the same refusal
		RestClient countySecadmin = relayingCounty.api(TestKeys.token("secadmin-441704", "441704", null, "secadmin"));
		ResponseEntity<Map> fromProvider = call(countySecadmin, "POST", "/api/v1/admin/users/u-provider/move",
				Map.of("groupCode", "441704"));
		assertThat(fromProvider.getStatusCode().value()).isEqualTo(409);
		assertThat((String) fromProvider.getBody().get("detail")).contains("统一身份认证 yangjiang",
				"comes from its identity provider yangjiang");
		assertThat(users.find("u-provider").get().groups()).containsExactly("441704:jyj");
		assertThat(city.bean(AuditTrail.class).latest(50)).extracting(AuditRecord::detail)
			.noneSatisfy((detail) -> assertThat(detail).contains("u-directory"))
			.noneSatisfy((detail) -> assertThat(detail).contains("u-provider"));

		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/u-directory/disable", null).getBody())
			.containsEntry("enabled", false)
			.containsEntry("source", "DIRECTORY");
		assertThat(call(as("secadmin"), "POST", "/api/v1/admin/users/u-directory/enable", null).getBody())
			.containsEntry("enabled", true);
	}

	@Test
	void aNodeForwardsItsOwnSecurityAdministratorsOnly() {
		RestClient citySecadmin = relayingCounty.api(TestKeys.token("secadmin-441700", "441700", null, "secadmin"));
		assertThat(call(citySecadmin, "GET", "/api/v1/admin/users", null).getStatusCode().value()).isEqualTo(403);
	}

	private static Map<String, Object> appointment(String username, String node, String role) {
		return Map.of("username", username, "firstName", "任", "email", username + "@example.gov.cn", "nodeCode", node,
				"role", role);
	}

}
