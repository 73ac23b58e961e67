package org.ducha.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted reverse proxy that terminates HTTPS: the gateway believes its
 * {@code X-Forwarded-*} headers, so it sends HSTS, marks its cookies secure and asks
 * Keycloak to redirect back to the proxy's address.
 */
@TestPropertySource(properties = "ducha.gateway.trusted-proxies=127\\.0\\.0\\.1")
class TrustedProxiesIntegrationTests extends StubbedGatewayTest {

	@Test
	void aTrustedProxysHttpsTurnsOnHstsAndSecureCookies() {
		HttpResponse<String> page = browser().get("/", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(page.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void signInRedirectsBackToTheProxysAddress() {
		HttpResponse<String> redirect = browser().get("/oauth2/authorization/keycloak", "X-Forwarded-Proto", "https",
				"X-Forwarded-Host", "ducha.example.gov.cn", "X-Forwarded-Port", "443");

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElseThrow())
			.contains("redirect_uri=https://ducha.example.gov.cn/login/oauth2/code/keycloak");
	}

}
