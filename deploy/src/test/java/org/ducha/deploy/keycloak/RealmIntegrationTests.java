package org.ducha.deploy.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The realm of {@code deploy/keycloak/ducha-realm.json} on a real Keycloak: the claims
 * the nodes read, the node clients, the administrators' second factor, the password
 * policy, brute-force protection and the gateway's redirect URIs.
 */
@ExtendWith(KeycloakExtension.class)
class RealmIntegrationTests {

	private final DuchaKeycloak keycloak;

	RealmIntegrationTests(DuchaKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	static Stream<Arguments> demoUsers() {
		List<Arguments> users = new ArrayList<>();
		for (String code : DemoRealm.NODES) {
			for (String role : DemoRealm.HUMAN_ROLES) {
				String unit = DemoRealm.inDepartment(role) ? code + ":" + DemoRealm.HOME_DEPARTMENTS.get(code) : null;
				users.add(Arguments.of(DemoRealm.username(role, code), role, code, unit));
			}
			users.add(Arguments.of("handler-" + code + "-" + DemoRealm.SECOND_DEPARTMENTS.get(code), "handler", code,
					code + ":" + DemoRealm.SECOND_DEPARTMENTS.get(code)));
		}
		return users.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("demoUsers")
	void demoUsersCarryTheClaimsTheNodesRead(String username, String role, String code, String unit) {
		Token token = this.keycloak.token(username);

		assertThat(token.claim("sub")).isNotBlank();
		assertThat(token.claim("iss")).isEqualTo(this.keycloak.issuer());
		assertThat(token.audience()).as("asked for every node's audience")
			.containsAll(DemoRealm.NODES.stream().map(DemoRealm::nodeClient).toList());
		assertThat(token.claim("preferred_username")).isEqualTo(username);
		assertThat(token.claim("name")).isNotBlank();
		assertThat(token.claim("org_code")).as("the nearest group's orgCode").isEqualTo(code);
		assertThat(token.claim("org_level")).isEqualTo(level(code));
		assertThat(token.claim("unit_code")).isEqualTo(unit);
		assertThat(token.roles()).contains(role)
			.doesNotContainAnyElementsOf(otherDuchaRoles(role))
			.doesNotContain("node");
	}

	@ParameterizedTest(name = "node-{0}")
	@MethodSource("nodes")
	void nodeClientsCarryTheirCodeAndRoleNode(String code) {
		Token token = this.keycloak.nodeToken(code);

		assertThat(token.claim("sub")).isNotBlank();
		assertThat(token.claim("iss")).isEqualTo(this.keycloak.issuer());
		String parent = DemoRealm.PARENTS.get(code);
		assertThat(token.audience().stream().filter((audience) -> audience.startsWith("node-")))
			.as("a node's token is for its parent, the only node it presents it to")
			.isEqualTo(parent.isEmpty() ? List.of() : List.of(DemoRealm.nodeClient(parent)));
		assertThat(token.claim("azp")).isEqualTo(DemoRealm.nodeClient(code));
		assertThat(token.claim("org_code")).isEqualTo(code);
		assertThat(token.claim("org_level")).isEqualTo(level(code));
		assertThat(token.roles()).contains("node").doesNotContainAnyElementsOf(DemoRealm.HUMAN_ROLES);
	}

	static Stream<String> nodes() {
		return DemoRealm.NODES.stream();
	}

	@Test
	void nodeClientsRefuseAWrongSecret() {
		TokenResponse response = this.keycloak.clientCredentials("node-441704", DemoRealm.nodeSecret("441702"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.error()).isEqualTo("unauthorized_client");
	}

	/**
	 * The one node account with power over users: the province's, which carries out every
	 * node's delegated administration (the others hold none:
	 * NodeAccountsIntegrationTests).
	 */
	@Test
	void theProvincesServiceAccountAdministersUsers() {
		try (Keycloak node = KeycloakBuilder.builder()
			.serverUrl(this.keycloak.baseUrl())
			.realm(DemoRealm.REALM)
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(DemoRealm.nodeClient("440000"))
			.clientSecret(DemoRealm.nodeSecret("440000"))
			.build()) {
			RealmResource realm = node.realm(DemoRealm.REALM);
			UserRepresentation user = new UserRepresentation();
			user.setUsername("created-by-node-440000");
			user.setFirstName("阳东区教育局新承办人");
			user.setEnabled(true);
			user.setGroups(List.of(DemoRealm.groupPath("441704") + "/jyj"));
			String id;
			try (Response response = realm.users().create(user)) {
				id = CreatedResponseUtil.getCreatedId(response);
			}
			UserResource created = realm.users().get(id);
			created.roles().realmLevel().add(List.of(realm.roles().get("handler").toRepresentation()));
			created.resetPassword(password("Created-By-Node-2026"));
			assertThat(this.keycloak.passwordGrant("created-by-node-440000", "Created-By-Node-2026", null)
				.accessToken()
				.claims()).containsEntry("org_code", "441704").containsEntry("unit_code", "441704:jyj");

			// moved to the city's 督查室, then disabled
			GroupRepresentation from = realm.getGroupByPath(DemoRealm.groupPath("441704") + "/jyj");
			GroupRepresentation to = realm.getGroupByPath(DemoRealm.groupPath("441700") + "/dcs");
			created.joinGroup(to.getId());
			created.leaveGroup(from.getId());
			assertThat(this.keycloak.passwordGrant("created-by-node-440000", "Created-By-Node-2026", null)
				.accessToken()
				.claims()).containsEntry("org_code", "441700").containsEntry("unit_code", "441700:dcs");
			UserRepresentation disabled = created.toRepresentation();
			disabled.setEnabled(false);
			created.update(disabled);
			assertThat(this.keycloak.passwordGrant("created-by-node-440000", "Created-By-Node-2026", null).issued())
				.isFalse();
			assertThat(realm.groups().group(to.getId()).members()).extracting(UserRepresentation::getUsername)
				.contains("created-by-node-440000");
		}
	}

	@Test
	void failedSignInsAndAdministrativeChangesAreRecordedAndExpire() {
		RealmRepresentation realm = this.keycloak.realm().toRepresentation();
		assertThat(realm.isEventsEnabled()).isTrue();
		assertThat(realm.getEventsExpiration()).as("sign-in events are kept, then expire")
			.isBetween(86_400L * 90, 86_400L * 400);
		assertThat(realm.isAdminEventsEnabled()).isTrue();
		assertThat(realm.isAdminEventsDetailsEnabled()).isTrue();
		assertThat(Long.parseLong(realm.getAttributes().get("adminEventsExpiration"))).isBetween(86_400L * 90,
				86_400L * 400);

		String userId = createUser("events-probe");
		assertThat(this.keycloak.passwordGrant("events-probe", "Wrong-Password-2026", null).status()).isEqualTo(401);
		UserRepresentation renamed = this.keycloak.realm().users().get(userId).toRepresentation();
		renamed.setLastName("改名");
		this.keycloak.realm().users().get(userId).update(renamed);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.keycloak.realm().getEvents(List.of("LOGIN_ERROR"), null, userId, null, null, null, 0, 10))
				.isNotEmpty());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.keycloak.realm()
				.getAdminEvents(List.of("UPDATE"), null, null, null, null, "users/" + userId, null, null, 0, 10))
				.isNotEmpty()
				.allSatisfy((event) -> assertThat(event.getRepresentation()).as("with details").contains("改名")));
		this.keycloak.realm().users().delete(userId).close();
	}

	@Test
	void administratorsNeedTheirOneTimeCode() {
		// one failure per account: two within a second lock it (brute-force quick-login
		// check)
		TokenResponse withoutCode = this.keycloak.passwordGrant("auditor-441721", DemoRealm.PASSWORD, null);
		TokenResponse wrongCode = this.keycloak.passwordGrant("secadmin-441781", DemoRealm.PASSWORD,
				wrongCode(this.keycloak.oneTimeCode("secadmin-441781")));
		TokenResponse withCode = this.keycloak.passwordGrant("auditor-441721", DemoRealm.PASSWORD,
				this.keycloak.oneTimeCode("auditor-441721"));

		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.error()).isEqualTo("invalid_grant");
		assertThat(wrongCode.status()).isEqualTo(401);
		assertThat(withCode.issued()).as("%s", withCode.body()).isTrue();
		assertThat(withCode.accessToken().roles()).contains("auditor");
	}

	@Test
	void theLoginPageAsksAdministratorsForTheirOneTimeCode() {
		BrowserLogin login = new BrowserLogin(this.keycloak).open().password("secadmin-441704", DemoRealm.PASSWORD);

		assertThat(login.asksForOneTimeCode()).as(login.page()).isTrue();
		Token token = login.oneTimeCode(this.keycloak.oneTimeCode("secadmin-441704")).redeem().accessToken();
		assertThat(token.roles()).contains("secadmin");
		assertThat(token.claim("org_code")).isEqualTo("441704");
		assertThat(token.audience()).as("the gateway's session token is for the gateway, no node")
			.contains(DemoRealm.GATEWAY_CLIENT)
			.noneMatch((audience) -> audience.startsWith("node-"));
	}

	@Test
	void theLoginPageAsksOthersForTheirPasswordOnly() {
		BrowserLogin login = new BrowserLogin(this.keycloak).open().password("supervisor-440900", DemoRealm.PASSWORD);

		assertThat(login.asksForOneTimeCode()).isFalse();
		Token token = login.redeem().accessToken();
		assertThat(token.claim("azp")).isEqualTo(DemoRealm.GATEWAY_CLIENT);
		assertThat(token.claim("org_code")).isEqualTo("440900");
		assertThat(token.roles()).contains("supervisor");
	}

	@Test
	void aOneTimeCodeIsSpentOnce() {
		String username = "sysadmin-440902";
		String code = this.keycloak.oneTimeCode(username);

		TokenResponse first = this.keycloak.passwordGrant(username, DemoRealm.PASSWORD, code);
		TokenResponse again = this.keycloak.passwordGrant(username, DemoRealm.PASSWORD, code);

		assertThat(first.issued()).as("%s", first.body()).isTrue();
		assertThat(again.status()).isEqualTo(401);
	}

	@Test
	void otherUsersNeedNoOneTimeCode() {
		assertThat(this.keycloak.passwordGrant("leader-441781", DemoRealm.PASSWORD, null).issued()).isTrue();
	}

	@Test
	void noAccountHoldsTwoOfTheSeparateAdministratorRoles() {
		Set<String> seen = new HashSet<>();
		for (String role : DemoRealm.ADMIN_ROLES) {
			List<UserRepresentation> holders = this.keycloak.realm().roles().get(role).getUserMembers(0, 1000);
			// every node's demo administrator, and any administrator other tests of this
			// JVM
			// appointed in the shared realm
			assertThat(holders).extracting(UserRepresentation::getUsername)
				.containsAll(DemoRealm.NODES.stream().map((node) -> role + "-" + node).toList());
			for (UserRepresentation holder : holders) {
				assertThat(seen.add(holder.getUsername())).as("%s holds two administrator roles", holder.getUsername())
					.isTrue();
			}
		}
	}

	@Test
	void thePasswordPolicyRefusesWeakPasswords() {
		String userId = createUser("policy-probe");

		for (String weak : List.of("Short1A", "alllowercase123", "ALLUPPERCASE123", "NoDigitsAtAllHere",
				"My-policy-probe-2026")) {
			assertThatExceptionOfType(BadRequestException.class).as(weak)
				.isThrownBy(() -> this.keycloak.realm().users().get(userId).resetPassword(password(weak)));
		}
		this.keycloak.realm().users().get(userId).resetPassword(password("Strong-Enough-2026"));
		assertThat(this.keycloak.passwordGrant("policy-probe", "Strong-Enough-2026", null).issued()).isTrue();
		assertThat(this.keycloak.realm().toRepresentation().getPasswordPolicy()).contains("length(12)", "lowerCase(1)",
				"upperCase(1)", "digits(1)");
	}

	@Test
	void bruteForceProtectionLocksAnAccountAfterFiveFailures() {
		String userId = createUser("brute-force-probe");
		this.keycloak.realm().users().get(userId).resetPassword(password("Right-Password-2026"));

		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(this.keycloak.passwordGrant("brute-force-probe", "Wrong-Password-2026", null).status())
				.isEqualTo(401);
		}

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.keycloak.realm().attackDetection().bruteForceUserStatus(userId).get("disabled"))
				.isEqualTo(true));
		TokenResponse locked = this.keycloak.passwordGrant("brute-force-probe", "Right-Password-2026", null);
		assertThat(locked.issued()).as("the right password while locked: %s", locked.body()).isFalse();
		assertThat(locked.error()).isEqualTo("invalid_grant");
	}

	@Test
	void sessionsAndTokensExpire() {
		RealmRepresentation realm = this.keycloak.realm().toRepresentation();

		assertThat(realm.isBruteForceProtected()).isTrue();
		assertThat(realm.getSsoSessionIdleTimeout()).isBetween(60, 3600);
		assertThat(realm.getSsoSessionMaxLifespan()).isBetween(3600, 86400);
		assertThat(realm.getAccessTokenLifespan()).isBetween(60, 900);
		assertThat(realm.getBrowserFlow()).isEqualTo("ducha browser");
		assertThat(realm.getDirectGrantFlow()).isEqualTo("ducha direct grant");
	}

	@Test
	void theGatewayMayRedirectToAnyLoopbackPortOnly() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String pkce = "&code_challenge=" + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
				+ "&code_challenge_method=S256";

		HttpResponse<String> loopback = http.send(
				authorize("http://127.0.0.1:" + 54321 + "/login/oauth2/code/keycloak", pkce),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> elsewhere = http.send(
				authorize("http://example.org:54321/login/oauth2/code/keycloak", pkce),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> withoutPkce = http.send(
				authorize("http://127.0.0.1:" + 54322 + "/login/oauth2/code/keycloak", ""),
				HttpResponse.BodyHandlers.ofString());

		assertThat(loopback.statusCode()).as("the login page").isEqualTo(200);
		assertThat(loopback.body()).contains("kc-form-login");
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(withoutPkce.statusCode()).as("back to the client with an error").isEqualTo(302);
		assertThat(withoutPkce.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("http://127.0.0.1:54322/")
				.contains("error=invalid_request"));
	}

	private HttpRequest authorize(String redirectUri, String pkce) {
		return HttpRequest.newBuilder(URI.create(this.keycloak.issuer()
				+ "/protocol/openid-connect/auth?client_id=ducha-gateway&response_type=code&scope=openid&state=s1"
				+ "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + pkce))
			.GET()
			.build();
	}

	private String createUser(String username) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setFirstName("测试 " + username);
		user.setEnabled(true);
		user.setGroups(List.of(DemoRealm.groupPath("441702")));
		try (Response response = this.keycloak.realm().users().create(user)) {
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	private static CredentialRepresentation password(String value) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(value);
		credential.setTemporary(false);
		return credential;
	}

	private static String wrongCode(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

	private static String level(String code) {
		return Map.of("440000", "PROVINCE", "441700", "CITY", "440900", "CITY").getOrDefault(code, "COUNTY");
	}

	private static List<String> otherDuchaRoles(String role) {
		return DemoRealm.HUMAN_ROLES.stream().filter((other) -> !other.equals(role)).toList();
	}

}
