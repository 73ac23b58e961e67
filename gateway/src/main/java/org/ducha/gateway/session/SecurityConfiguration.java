package org.ducha.gateway.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The browser session's security: sign-in with Keycloak (authorization code; Spring
 * Security 7 adds PKCE to it), tokens kept in the server session, sign-out that ends the
 * Keycloak session too, a cookie CSRF token for the JavaScript UI, and the security
 * headers on every response.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * {@code default-src 'self'}: the UI's scripts, styles and data come from the gateway
	 * only, nothing inline; no page of the gateway may be framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityFilterChain gateway(HttpSecurity http, ProblemResponses problems, KeycloakSignOut keycloakSignOut,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
		// after sign-in the browser returns to the page it asked for, never to an API
		// call
		HttpSessionRequestCache pages = new HttpSessionRequestCache();
		pages.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(ProblemResponses.API)));
		http.authorizeHttpRequests((requests) -> {
			// the UI's own files and its libraries (Vue, ECharts) load before anyone
			// signs in
			requests.requestMatchers("/", "/index.html", "/favicon.ico", "/ui/**", "/webjars/**", "/error").permitAll();
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			requests.requestMatchers("/api/v1/calendar/**", "/api/v1/public/**").permitAll();
			requests.anyRequest().authenticated();
		})
			.oauth2Login((login) -> login.loginPage(ProblemResponses.SIGN_IN)
				.defaultSuccessUrl("/", false)
				.failureUrl("/?sign-in-failed"))
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(keycloakSignOut)
				.logoutSuccessUrl("/?signed-out")
				.deleteCookies(sessionCookie))
			.csrf((csrf) -> csrf.spa())
			.requestCache((cache) -> cache.requestCache(pages))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				// written only on requests that arrived over HTTPS (directly, or from a
				// trusted proxy that says so)
				.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
		return http.build();
	}

}
