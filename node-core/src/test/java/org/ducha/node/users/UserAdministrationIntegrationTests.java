package org.ducha.node.users;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's security administrator manages the people of the city and its counties, and no
 * one else's; the identity provider stands behind an in-memory directory here (its
 * Keycloak adapter is tested against a real Keycloak in the deploy module).
 */
class UserAdministrationIntegrationTests {

	private static final InMemoryDirectory users = new InMemoryDirectory();

	private static TestNode city;

	private static TestNode withoutKeycloak;

	@BeforeAll
	static void start() {
		users.add("u-city", "441700:fgj", "handler");
		users.add("u-county", "441704", "supervisor");
		users.add("u-county-dept", "441704:jyj", "handler");
		users.add("u-other-city", "440900", "supervisor");
		users.add("u-province", "440000", "leader");
		city = TestNode.node("441700", NodeLevel.CITY)
			.children("441702", "441704")
			.withoutTransport()
			.bean("userDirectory", users)
			.start();
		withoutKeycloak = TestNode.node("441704", NodeLevel.COUNTY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
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
		assertThat(twoAdmins.getStatusCode().value()).isEqualTo(400);
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

	/** The identity provider as a map. */
	static final class InMemoryDirectory implements UserDirectory {

		private final Map<String, ManagedUser> users = new LinkedHashMap<>();

		void add(String id, String group, String role) {
			this.users.put(id, new ManagedUser(id, id, null, null, null, true, List.of(group), List.of(role)));
		}

		@Override
		public synchronized List<ManagedUser> membersOf(String groupCode, int first, int max) {
			// deliberately everyone: the administration must filter by the subtree itself
			return this.users.values()
				.stream()
				.sorted(Comparator.comparing(ManagedUser::username))
				.skip(first)
				.limit(max)
				.toList();
		}

		@Override
		public synchronized Optional<ManagedUser> find(String id) {
			return Optional.ofNullable(this.users.get(id));
		}

		@Override
		public synchronized String create(NewUser user) {
			this.users.put(user.username(), new ManagedUser(user.username(), user.username(), user.firstName(),
					user.lastName(), user.email(), true, List.of(user.groupCode()), new ArrayList<>(user.roles())));
			return user.username();
		}

		@Override
		public synchronized void setEnabled(String id, boolean enabled) {
			ManagedUser user = this.users.get(id);
			this.users.put(id, new ManagedUser(id, user.username(), user.firstName(), user.lastName(), user.email(),
					enabled, user.groups(), user.roles()));
		}

		@Override
		public synchronized void move(String id, String groupCode) {
			ManagedUser user = this.users.get(id);
			this.users.put(id, new ManagedUser(id, user.username(), user.firstName(), user.lastName(), user.email(),
					user.enabled(), List.of(groupCode), user.roles()));
		}

	}

}
