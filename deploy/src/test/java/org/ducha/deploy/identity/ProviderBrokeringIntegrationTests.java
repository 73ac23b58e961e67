package org.ducha.deploy.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.IdentityProviderResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.ducha.deploy.FreePorts;
import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.deploy.keycloak.Token;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level's own sign-in (identity brokering, docs/security.md §1.7): people of 阳江市 sign
 * in to Ducha through 阳江市统一身份认证 (the {@code yangjiang-idp} realm on the same Keycloak,
 * the {@code ducha} realm's identity provider {@code yangjiang}). The provider says who
 * someone is, their unit ({@code unit_code}) and business roles ({@code ducha_roles});
 * the {@code ducha} realm decides what of it counts: a group of 阳江市's subtree only,
 * business roles only.
 */
@ExtendWith(KeycloakExtension.class)
class ProviderBrokeringIntegrationTests {

	/** The provider's demo users that tests here sign in (their accounts are deleted). */
	private static final List<String> PROVIDER_USERS = List.of(DemoRealm.PROVIDER_CITY_HANDLER,
			DemoRealm.PROVIDER_COUNTY_SUPERVISOR, DemoRealm.PROVIDER_CLAIMS_SYSADMIN, DemoRealm.PROVIDER_OUTSIDE_UNIT);

	private static final String REFUSED = "统一身份认证给出的单位不在其所属行政区域内";

	private static final String UNAVAILABLE = "统一身份认证暂时无法使用，登录未完成";

	private final DuchaKeycloak keycloak;

	ProviderBrokeringIntegrationTests(DuchaKeycloak keycloak) {
		this.keycloak = keycloak;
	}

	@Test
	void theFirstSignInThroughTheProviderCreatesTheAccountInTheUnitsGroupAndTheSecondReusesIt() {
		String username = DemoRealm.PROVIDER_CITY_HANDLER;
		assertThat(account(username)).as("no account before the first sign-in").isNull();

		Token first = signIn(username);

		UserRepresentation account = account(username);
		assertThat(account).isNotNull();
		assertThat(account.getFirstName()).as("the name from the provider's claims").isEqualTo("陈晓明");
		assertThat(account.isEmailVerified()).as("the provider's email is trusted").isTrue();
		assertThat(groups(account)).containsExactly("/440000/441700/jyj");
		assertThat(identities(account)).extracting(FederatedIdentityRepresentation::getIdentityProvider)
			.containsExactly(DemoRealm.PROVIDER_ALIAS);
		assertThat(first.claim("sub")).isEqualTo(account.getId());
		assertThat(first.claim("preferred_username")).isEqualTo(username);
		assertThat(first.claim("org_code")).isEqualTo("441700");
		assertThat(first.claim("org_level")).isEqualTo("CITY");
		assertThat(first.claim("unit_code")).isEqualTo("441700:jyj");
		assertThat(first.roles()).contains("handler").doesNotContainAnyElementsOf(DemoRealm.ADMIN_ROLES);
		assertThat(first.audience()).as("the gateway's session token: it exchanges it per node")
			.contains(DemoRealm.GATEWAY_CLIENT);

		Token second = signIn(username);

		assertThat(second.claim("sub")).as("the same account").isEqualTo(first.claim("sub"));
		assertThat(this.keycloak.realm().users().searchByUsername(username, true)).hasSize(1);
		assertThat(second.claim("unit_code")).isEqualTo("441700:jyj");
	}

	@Test
	void aCountyNamedByTheProviderGivesTheCountysOrganisationAndTheBusinessRolesNamed() {
		Token token = signIn(DemoRealm.PROVIDER_COUNTY_SUPERVISOR);

		assertThat(token.claim("org_code")).isEqualTo("441704");
		assertThat(token.claim("org_level")).isEqualTo("COUNTY");
		assertThat(token.claim("unit_code")).as("a county itself, no department").isNull();
		assertThat(token.roles()).contains("supervisor", "leader")
			.doesNotContain("handler", "unit-head", "observer")
			.doesNotContainAnyElementsOf(DemoRealm.ADMIN_ROLES);
		assertThat(groups(account(DemoRealm.PROVIDER_COUNTY_SUPERVISOR)))
			.containsExactly(DemoRealm.groupPath("441704"));
	}

	@Test
	void anAdministratorRoleNamedByTheProviderIsNeverGiven() {
		Token token = signIn(DemoRealm.PROVIDER_CLAIMS_SYSADMIN);

		assertThat(token.claim("org_code")).isEqualTo("441704");
		assertThat(token.claim("unit_code")).isEqualTo("441704:jyj");
		assertThat(token.roles()).contains("handler").doesNotContainAnyElementsOf(DemoRealm.ADMIN_ROLES);
		List<String> granted = user(account(DemoRealm.PROVIDER_CLAIMS_SYSADMIN)).roles()
			.realmLevel()
			.listEffective()
			.stream()
			.map(RoleRepresentation::getName)
			.toList();
		assertThat(granted).contains("handler").doesNotContainAnyElementsOf(DemoRealm.ADMIN_ROLES);
	}

	@Test
	void aUnitOutsideTheProvidersSubtreeIsRefusedAndTheRefusalIsRecorded() {
		String username = DemoRealm.PROVIDER_OUTSIDE_UNIT;

		ProviderBrowser browser = signInAt(username);

		assertThat(browser.code()).as("no way back to the gateway").isNull();
		assertThat(browser.status()).isEqualTo(401);
		assertThat(browser.text()).contains(REFUSED, "Sign-in refused");
		UserRepresentation account = account(username);
		assertThat(groups(account)).as("440000:fgw is no group of 阳江市's subtree").isEmpty();
		// the event names the person by the provider's identity (no user id: refused)
		List<EventRepresentation> refusals = this.keycloak.realm()
			.getEvents(List.of("IDENTITY_PROVIDER_POST_LOGIN_ERROR"), DemoRealm.GATEWAY_CLIENT, null, null, null, null,
					0, 100)
			.stream()
			.filter((event) -> username.equals(event.getDetails().get("identity_provider_identity")))
			.toList();
		assertThat(refusals).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.getError()).isEqualTo("access_denied");
			assertThat(event.getDetails()).containsEntry("identity_provider", DemoRealm.PROVIDER_ALIAS);
		});
	}

	@Test
	void whenTheProviderCannotBeReachedSignInThroughItSaysSoAndLocalAccountsStillSignIn() {
		IdentityProviderResource provider = this.keycloak.realm().identityProviders().get(DemoRealm.PROVIDER_ALIAS);
		IdentityProviderRepresentation working = provider.toRepresentation();
		IdentityProviderRepresentation down = provider.toRepresentation();
		// the provider's back channel (code → tokens) on a port where nothing listens
		Map<String, String> config = down.getConfig();
		config.put("tokenUrl", "http://127.0.0.1:" + FreePorts.next() + "/realms/" + DemoRealm.PROVIDER_REALM
				+ "/protocol/openid-connect/token");
		provider.update(down);
		try {
			ProviderBrowser browser = signInAt(DemoRealm.PROVIDER_COUNTY_SUPERVISOR);

			assertThat(browser.code()).isNull();
			assertThat(browser.status()).isEqualTo(502);
			assertThat(browser.text()).contains(UNAVAILABLE, "The sign-in provider is unavailable");
			assertThat(this.keycloak.realm()
				.getEvents(List.of("IDENTITY_PROVIDER_LOGIN_ERROR"), DemoRealm.GATEWAY_CLIENT, null, null, null, null,
						0, 100))
				.extracting(EventRepresentation::getError)
				.contains("identity_provider_login_failure");
			assertThat(this.keycloak.passwordGrant("handler-441704", DemoRealm.PASSWORD, null)
				.accessToken()
				.claim("org_code")).as("a local account").isEqualTo("441704");
		}
		finally {
			provider.update(working);
		}
	}

	@AfterAll
	static void deleteTheBrokeredAccounts(DuchaKeycloak keycloak) {
		RealmResource realm = keycloak.realm();
		for (String username : PROVIDER_USERS) {
			realm.users().searchByUsername(username, true).forEach((user) -> realm.users().delete(user.getId()));
		}
		for (String username : PROVIDER_USERS) {
			assertThat(realm.users().searchByUsername(username, true)).as(username).isEmpty();
		}
	}

	/** Signs in through the provider and redeems the code as the gateway does. */
	private Token signIn(String username) {
		return signInAt(username).redeem().accessToken();
	}

	/** The gateway's login page, the provider's button, the provider's login form. */
	private ProviderBrowser signInAt(String username) {
		ProviderBrowser browser = new ProviderBrowser(this.keycloak).open();
		assertThat(browser.page()).contains(DemoRealm.PROVIDER_DISPLAY_NAME);
		browser.choose(DemoRealm.PROVIDER_ALIAS);
		assertThat(browser.uri().getPath()).as("the provider's login page")
			.startsWith("/realms/" + DemoRealm.PROVIDER_REALM + "/");
		return browser.password(username, DemoRealm.PASSWORD);
	}

	private UserRepresentation account(String username) {
		List<UserRepresentation> found = this.keycloak.realm().users().searchByUsername(username, true);
		return found.isEmpty() ? null : found.get(0);
	}

	private UserResource user(UserRepresentation account) {
		return this.keycloak.realm().users().get(account.getId());
	}

	private List<String> groups(UserRepresentation account) {
		return user(account).groups().stream().map(GroupRepresentation::getPath).toList();
	}

	private List<FederatedIdentityRepresentation> identities(UserRepresentation account) {
		return user(account).getFederatedIdentity();
	}

}
