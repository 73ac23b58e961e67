package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules for {@code deploy/keycloak/ducha-realm.json} that need no server: what must never
 * be in it, and what every account must satisfy.
 */
class RealmFileTests {

	private static JsonNode realm;

	@BeforeAll
	static void readRealm() throws IOException {
		realm = new ObjectMapper().readTree(DemoRealm.file().toFile());
	}

	/**
	 * Listing client scopes replaces Keycloak's built-in ones: the file lists them all
	 * again (tokens would lose {@code sub} without {@code basic}), and one audience scope
	 * per node, which only the CLI and the gateway may ask for (docs/security.md §1.2).
	 */
	@Test
	void keepsTheBuiltInScopesAndHasOneAudienceScopePerNode() {
		List<String> scopes = new ArrayList<>();
		realm.get("clientScopes").forEach((scope) -> scopes.add(scope.get("name").asText()));
		assertThat(scopes).contains("basic", "profile", "email", "roles", "web-origins", "acr", "offline_access");
		assertThat(realm.get("defaultDefaultClientScopes").toString()).contains("\"basic\"");
		for (String code : DemoRealm.NODES) {
			JsonNode scope = named(realm.get("clientScopes"), DemoRealm.audienceScope(code));
			assertThat(scope.get("protocolMappers").get(0).get("config").get("included.client.audience").asText())
				.isEqualTo(DemoRealm.nodeClient(code));
			assertThat(realm.get("defaultDefaultClientScopes").toString())
				.doesNotContain(DemoRealm.audienceScope(code));
		}
		for (JsonNode client : realm.get("clients")) {
			String clientId = client.get("clientId").asText();
			boolean asksForNodes = clientId.equals(DemoRealm.CLI_CLIENT) || clientId.equals(DemoRealm.GATEWAY_CLIENT);
			assertThat(client.has("optionalClientScopes")
					&& client.get("optionalClientScopes").toString().contains("aud-"))
				.as(clientId)
				.isEqualTo(asksForNodes);
			assertThat(client.toString()).as(clientId).doesNotContain("ducha-api");
		}
	}

	private static JsonNode named(JsonNode array, String name) {
		for (JsonNode item : array) {
			if (item.get("name").asText().equals(name)) {
				return item;
			}
		}
		throw new AssertionError("No " + name);
	}

	@Test
	void usesNoImportPlaceholders() {
		// Keycloak replaces ${...} from the environment when it imports a realm; the
		// built-in client scopes, copied from Keycloak 26.5's own, carry only its message
		// keys (${profileScopeConsentText}, ...) and the claim template ${client_id}
		String text = realm.toString()
			.replaceAll("\\$\\{[a-zA-Z]+ScopeConsentText\\}", "")
			.replace("resource_access.${client_id}.roles", "");
		assertThat(text).doesNotContain("${");
	}

	@Test
	void noAccountHoldsTwoOfTheSeparateAdministratorRoles() {
		for (JsonNode user : realm.get("users")) {
			List<String> admin = new ArrayList<>();
			user.path("realmRoles").forEach((role) -> {
				if (DemoRealm.ADMIN_ROLES.contains(role.asText())) {
					admin.add(role.asText());
				}
			});
			assertThat(admin).as(user.get("username").asText()).hasSizeLessThanOrEqualTo(1);
		}
	}

	@Test
	void theDemoPasswordSatisfiesThePolicy() {
		assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "lowerCase(1)", "upperCase(1)",
				"digits(1)", "notContainsUsername");
		assertThat(DemoRealm.PASSWORD).matches("(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9]).{12,}");
		for (JsonNode user : realm.get("users")) {
			String username = user.get("username").asText();
			assertThat(DemoRealm.PASSWORD.toLowerCase()).doesNotContain(username.toLowerCase());
			for (JsonNode credential : user.path("credentials")) {
				// stored as Keycloak's argon2 hash of the demo password
				// (RealmIntegrationTests logs in with it)
				assertThat(credential.has("value")).as("%s has a plain password", username).isFalse();
			}
		}
	}

	@Test
	void everyAdministratorHasASecondFactor() {
		for (JsonNode user : realm.get("users")) {
			boolean admin = false;
			for (JsonNode role : user.path("realmRoles")) {
				admin |= DemoRealm.ADMIN_ROLES.contains(role.asText());
			}
			if (admin) {
				List<String> types = new ArrayList<>();
				user.path("credentials").forEach((credential) -> types.add(credential.get("type").asText()));
				assertThat(types).as(user.get("username").asText()).contains("otp");
			}
		}
	}

	@Test
	void hasADemoUserOfEveryRoleAtEveryNode() {
		List<String> usernames = new ArrayList<>();
		realm.get("users").forEach((user) -> usernames.add(user.get("username").asText()));
		for (String code : DemoRealm.NODES) {
			for (String role : DemoRealm.HUMAN_ROLES) {
				assertThat(usernames).contains(DemoRealm.username(role, code));
			}
			assertThat(usernames).contains("service-account-node-" + code);
		}
	}

	@Test
	void declaresTheGroupAttributesInTheUserProfile() {
		String profile = realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config")
			.get("kc.user.profile.config")
			.get(0)
			.asText();
		for (String attribute : List.of("orgCode", "orgLevel", "unitCode")) {
			assertThat(profile).contains("\"name\":\"" + attribute + "\"");
		}
	}

	@Test
	void everyNodeGroupCarriesItsCodeAndLevel() {
		Map<String, String> levels = Map.of("440000", "PROVINCE", "441700", "CITY", "440900", "CITY");
		List<String> seen = new ArrayList<>();
		collect(realm.get("groups"), seen, levels);
		assertThat(seen).containsExactlyInAnyOrderElementsOf(DemoRealm.NODES);
	}

	@Test
	void theProvidersMappersGiveOnlyBusinessRolesAndOnlyGroupsOfItsLevelsSubtree() {
		List<String> roles = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (JsonNode mapper : realm.get("identityProviderMappers")) {
			assertThat(mapper.get("identityProviderAlias").asText()).isEqualTo(DemoRealm.PROVIDER_ALIAS);
			JsonNode config = mapper.get("config");
			switch (mapper.get("identityProviderMapper").asText()) {
				case "oidc-role-idp-mapper" -> {
					assertThat(config.get("claim").asText()).isEqualTo("ducha_roles");
					assertThat(config.get("claim.value").asText()).isEqualTo(config.get("role").asText());
					roles.add(config.get("role").asText());
				}
				case "oidc-advanced-group-idp-mapper" -> {
					assertThat(config.get("are.claim.values.regex").asText()).isEqualTo("false");
					groups.add(config.get("group").asText());
				}
				default -> throw new AssertionError("a mapper the tests do not know: " + mapper);
			}
		}
		assertThat(roles).containsExactlyInAnyOrderElementsOf(DemoRealm.BUSINESS_ROLES)
			.doesNotContainAnyElementsOf(DemoRealm.ADMIN_ROLES);
		assertThat(groups).isNotEmpty()
			.allMatch((path) -> path.equals("/440000/441700") || path.startsWith("/440000/441700/"))
			.contains("/440000/441700/jyj", "/440000/441700/441704", "/440000/441700/441781/dcs");
		JsonNode provider = realm.get("identityProviders").get(0);
		assertThat(provider.get("alias").asText()).isEqualTo(DemoRealm.PROVIDER_ALIAS);
		assertThat(provider.at("/config/syncMode").asText()).as("roles and groups follow the provider")
			.isEqualTo("FORCE");
		assertThat(provider.get("postBrokerLoginFlowAlias").asText()).isEqualTo("ducha post broker login yangjiang");
	}

	private static void collect(JsonNode groups, List<String> seen, Map<String, String> levels) {
		for (JsonNode group : groups) {
			JsonNode attributes = group.get("attributes");
			if (attributes.has("orgCode")) {
				String code = attributes.get("orgCode").get(0).asText();
				assertThat(group.get("name").asText()).isEqualTo(code);
				assertThat(attributes.get("orgLevel").get(0).asText()).isEqualTo(levels.getOrDefault(code, "COUNTY"));
				seen.add(code);
			}
			else {
				assertThat(attributes.get("unitCode").get(0).asText()).matches("[0-9]{6}:[a-z]+");
			}
			collect(group.path("subGroups"), seen, levels);
		}
	}

}
