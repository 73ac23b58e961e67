package org.ducha.gateway;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeEach;

import org.ducha.gateway.StubNodes.Received;

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
		idp.tokenExchange().reset();
	}

	/** The token a node received, which is never one of a session's own access tokens. */
	static String tokenOf(Received request) {
		String authorization = request.header("Authorization");
		assertThat(authorization).startsWith("Bearer ");
		String token = authorization.substring("Bearer ".length());
		assertThat(idp.sessionAccessTokens()).doesNotContain(token);
		return token;
	}

	/** The audience ({@code aud}) of the token a node received. */
	static List<String> audienceOf(Received request) {
		try {
			return SignedJWT.parse(tokenOf(request)).getJWTClaimsSet().getAudience();
		}
		catch (ParseException ex) {
			throw new AssertionError("Not a token of the identity provider: " + request.header("Authorization"), ex);
		}
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
