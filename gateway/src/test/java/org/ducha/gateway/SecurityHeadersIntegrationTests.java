package org.ducha.gateway;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on the gateway's own pages, its problem documents and the nodes'
 * answers alike; no HSTS over plain HTTP, and none for a forwarded header from a proxy
 * nobody trusts.
 */
class SecurityHeadersIntegrationTests extends StubbedGatewayTest {

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		Browser browser = signedIn("supervisor-441704", "441704", null, "supervisor");

		List<HttpResponse<String>> responses = List.of(browser.get("/"), browser.get("/ui/app.js"),
				browser.get("/whoami"), browser.get("/api/v1/me"), browser().get("/api/v1/tasks"),
				browser().get("/api/v1/calendar/2026"));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValue("default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "form-action 'self'");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		});
	}

	@Test
	void forwardedHeadersCountOnlyFromTrustedProxies() {
		HttpResponse<String> page = browser().get("/", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void servesTheSignInPageWithoutInlineScript() {
		HttpResponse<String> page = browser().get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"zh-CN\">")
			.contains("<script type=\"module\" src=\"/ui/app.js\"></script>")
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
			.doesNotContain("style=")
			.contains("/oauth2/authorization/keycloak");
		assertThat(page.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="));
	}

}
