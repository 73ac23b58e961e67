package org.ducha.deploy.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UsersResource;

import org.ducha.deploy.keycloak.DemoRealm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in once through a level's own provider (docs/security.md §1.7): the button of
 * 阳江市统一身份认证 on Keycloak's page, the provider's own sign-in page, and back in the UI as
 * the person the provider named, in the unit and with the business role it named, working
 * against the nodes like any local account.
 */
abstract class BrokeredSignInInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	void aPersonOfTheCitySignsInThroughTheCitysOwnProviderAndWorksInTheUi() {
		try (UiBrowser handler = UiBrowser.open(this.federation.baseUrl())
			.signIn(DemoRealm.PROVIDER_ALIAS, DemoRealm.PROVIDER_CITY_HANDLER)) {
			assertThat(handler.text("whoami-name")).isEqualTo("陈晓明");
			// the unit's name once the UI has loaded the names of the units (its code
			// until then)
			handler.awaitText("whoami-unit", (unit) -> unit.contains("阳江市教育局"), "the unit named by the provider");
			assertThat(handler.text("whoami-roles")).contains("承办人");
			handler.screenshot("40-brokered-sign-in");
			handler.click("nav-inbox");
			handler.awaitText("page-title", (title) -> !title.isEmpty(), "the inbox");
			assertThat(handler.error()).as("the nodes take the brokered account's token").isNull();
		}
	}

	@AfterEach
	void deleteTheBrokeredAccount() {
		UsersResource users = this.federation.keycloak.realm().users();
		users.searchByUsername(DemoRealm.PROVIDER_CITY_HANDLER, true).forEach((user) -> users.delete(user.getId()));
	}

}
