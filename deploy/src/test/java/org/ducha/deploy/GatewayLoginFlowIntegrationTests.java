package org.ducha.deploy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserSessionRepresentation;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway end to end against the real Keycloak with the demo realm: a person signs in
 * through Keycloak's own sign-in page (authorization code with PKCE), calls their node's
 * API through the gateway, reaches a county of their city by code and nothing above it,
 * signs out — which ends the Keycloak session too — and the old session no longer works.
 * Each node accepts only tokens naming it, so every call that reaches one proves the
 * gateway's token exchange with the realm (the session token names the gateway alone).
 * The packaged gateway runs as its own JVM; the city and county nodes run in this one and
 * trust the realm's tokens.
 */
@ExtendWith(KeycloakExtension.class)
class GatewayLoginFlowIntegrationTests {

	private static TestNode city;

	private static TestNode county;

	private static GatewayProcess gateway;

	private static DuchaKeycloak keycloak;

	@BeforeAll
	static void start(DuchaKeycloak realm) {
		keycloak = realm;
		city = trusting(TestNode.node("441700", NodeLevel.CITY).departments(Map.of("fgj", "阳江市发展和改革局")));
		county = trusting(TestNode.node("441704", NodeLevel.COUNTY).departments(Map.of("jyj", "阳东区教育局")));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak.issuer());
		properties.put("spring.security.oauth2.client.registration.keycloak.client-secret", DemoRealm.GATEWAY_SECRET);
		properties.put("ducha.gateway.nodes.441700.url", "http://127.0.0.1:" + city.httpPort());
		properties.put("ducha.gateway.nodes.441704.url", "http://127.0.0.1:" + county.httpPort());
		properties.put("ducha.gateway.public-node", "441700");
		gateway = GatewayProcess.start(properties, Path.of("target", "gateway-login-flow"), Duration.ofSeconds(90));
	}

	private static TestNode trusting(TestNode.Builder node) {
		return node.withoutTransport()
			.plaintext()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.start();
	}

	@AfterAll
	static void stop() {
		if (gateway != null) {
			gateway.close();
		}
		if (county != null) {
			county.close();
		}
		if (city != null) {
			city.close();
		}
	}

	@Test
	void signsInThroughKeycloakCallsTheNodeAndSignsOutOfBoth() {
		String username = DemoRealm.username("supervisor", "441704");
		CookieBrowser browser = new CookieBrowser();
		assertThat(browser.get(gateway.baseUrl() + "/whoami").statusCode()).isEqualTo(401);
		Set<String> before = gatewaySessions(username);

		HttpResponse<String> signInPage = browser.open(gateway.baseUrl() + "/oauth2/authorization/keycloak");
		assertThat(signInPage.uri().toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
			.contains("code_challenge_method=S256")
			.contains("client_id=" + DemoRealm.GATEWAY_CLIENT);
		HttpResponse<String> home = browser.submit(Map.of("username", username, "password", DemoRealm.PASSWORD));
		assertThat(home.uri().toString()).isEqualTo(gateway.baseUrl() + "/");
		assertThat(home.statusCode()).isEqualTo(200);
		String session = browser.cookie("DUCHA_SESSION");
		assertThat(session).isNotNull();

		HttpResponse<String> whoami = browser.get(gateway.baseUrl() + "/whoami");
		assertThat(whoami.statusCode()).isEqualTo(200);
		assertThat(whoami.body()).contains("\"username\":\"" + username + "\"").contains("\"orgCode\":\"441704\"");
		HttpResponse<String> me = browser.get(gateway.baseUrl() + "/api/v1/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("\"orgCode\":\"441704\"").contains("SUPERVISOR");
		HttpResponse<String> units = browser.get(gateway.baseUrl() + "/api/v1/units");
		assertThat(units.statusCode()).isEqualTo(200);
		assertThat(units.body()).contains("441704:jyj").doesNotContain("441700:");

		Set<String> ours = gatewaySessions(username);
		ours.removeAll(before);
		assertThat(ours).as("the Keycloak session of this sign-in").hasSize(1);

		HttpResponse<String> signOut = browser.post(gateway.baseUrl() + "/logout", "X-XSRF-TOKEN",
				browser.cookie("XSRF-TOKEN"));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location")).hasValue(gateway.baseUrl() + "/?signed-out");

		assertThat(gatewaySessions(username)).as("Keycloak sessions after sign-out").doesNotContainAnyElementsOf(ours);
		CookieBrowser old = new CookieBrowser();
		assertThat(old.get(gateway.baseUrl() + "/whoami", "Cookie", "DUCHA_SESSION=" + session).statusCode())
			.isEqualTo(401);
		assertThat(old.get(gateway.baseUrl() + "/api/v1/me", "Cookie", "DUCHA_SESSION=" + session).statusCode())
			.isEqualTo(401);
		HttpResponse<String> again = browser.open(gateway.baseUrl() + "/oauth2/authorization/keycloak");
		assertThat(again.uri().toString()).as("signing in again asks for the password").startsWith(keycloak.baseUrl());
		assertThat(again.body()).contains("name=\"password\"");

		String gatewaySaid = browser.everythingSeenFrom(gateway.baseUrl());
		assertThat(gatewaySaid).as("no JWT in any answer of the gateway").doesNotContain("eyJ");
	}

	@Test
	void aCityLeaderReachesItsCountyByCodeAndNothingAbove() {
		String username = DemoRealm.username("leader", "441700");
		CookieBrowser browser = new CookieBrowser();
		browser.open(gateway.baseUrl() + "/oauth2/authorization/keycloak");
		HttpResponse<String> home = browser.submit(Map.of("username", username, "password", DemoRealm.PASSWORD));
		assertThat(home.uri().toString()).isEqualTo(gateway.baseUrl() + "/");

		HttpResponse<String> own = browser.get(gateway.baseUrl() + "/api/v1/units");
		HttpResponse<String> countyUnits = browser.get(gateway.baseUrl() + "/nodes/441704/api/v1/units");
		HttpResponse<String> countyMe = browser.get(gateway.baseUrl() + "/nodes/441704/api/v1/me");
		HttpResponse<String> province = browser.get(gateway.baseUrl() + "/nodes/440000/api/v1/me");
		// user administration below the registry's top node (here the city): a token for
		// the county and the city, which the county accepts and then refuses the role
		HttpResponse<String> administration = browser.get(gateway.baseUrl() + "/nodes/441704/api/v1/admin/users");

		assertThat(own.body()).contains("441700:fgj");
		assertThat(countyUnits.statusCode()).isEqualTo(200);
		assertThat(countyUnits.body()).contains("441704:jyj");
		assertThat(countyMe.statusCode()).isEqualTo(200);
		assertThat(countyMe.body()).contains("\"orgCode\":\"441700\"");
		assertThat(province.statusCode()).isEqualTo(404);
		assertThat(province.body()).contains("\"code\":\"not_found\"");
		assertThat(administration.statusCode()).as(administration.body()).isEqualTo(403);
		assertThat(administration.body()).contains("\"code\":\"forbidden\"");
	}

	/** The ids of the user's Keycloak sessions that include the gateway's client. */
	private static Set<String> gatewaySessions(String username) {
		String id = keycloak.realm().users().search(username, true).get(0).getId();
		return keycloak.realm()
			.users()
			.get(id)
			.getUserSessions()
			.stream()
			.filter((session) -> session.getClients().containsValue(DemoRealm.GATEWAY_CLIENT))
			.map(UserSessionRepresentation::getId)
			.collect(Collectors.toSet());
	}

}
