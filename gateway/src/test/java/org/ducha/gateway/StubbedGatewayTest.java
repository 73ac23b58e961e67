package org.ducha.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole gateway on a free loopback port, in front of {@link StubNodes} and signing in
 * with the {@link StubIdentityProvider}: the fast tests of routing, session, CSRF and
 * headers. Every test class extending it shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StubbedGatewayTest {

	static final StubIdentityProvider idp = StubIdentityProvider.get();

	static final StubNodes nodes = StubNodes.get();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", idp::issuer);
		registry.add("spring.security.oauth2.client.registration.keycloak.client-id",
				() -> StubIdentityProvider.CLIENT_ID);
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret",
				() -> StubIdentityProvider.CLIENT_SECRET);
		nodes.registry().forEach((name, value) -> registry.add(name, () -> value));
	}

	@BeforeEach
	void resetStubs() {
		nodes.clear();
		idp.accessTokenLifetime(Duration.ofMinutes(5));
	}

	Browser browser() {
		return new Browser(this.port);
	}

	/** A browser in which this person has signed in through the gateway. */
	Browser signedIn(String username, String orgCode, String unitCode, String... roles) {
		idp.signInNext(username, orgCode, unitCode, roles);
		Browser browser = browser();
		HttpResponse<String> page = browser.signIn();
		assertThat(page.statusCode()).as(browser.everythingSeen()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/");
		assertThat(browser.cookie("DUCHA_SESSION")).isNotNull();
		return browser;
	}

}
