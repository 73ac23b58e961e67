package org.ducha.node.security;

import org.ducha.node.NodeIdentity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's security: every {@code /api/v1/**} request carries a token (except the public
 * ones) of an issuer this node trusts; the node's administration — its links, its audit
 * trail, its calendar, its metrics — answers only administrators of this node
 * ({@link NodeAdministrators}); refusals and audited reads are recorded
 * ({@link SecurityEvents}); stateless, errors as ProblemDetail.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, TrustedIssuers issuers, ProblemAuthenticationHandlers handlers,
			SecuritySettings settings, NodeIdentity self, SecurityEvents events) throws Exception {
		boolean mint = settings.localJwt().enabled() && settings.localJwt().mintEndpoint();
		NodeAdministrators administrators = new NodeAdministrators(self);
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/error").permitAll();
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			requests
				.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll();
			requests.requestMatchers("/api/v1/calendar/**", "/api/v1/public/**").permitAll();
			if (mint) {
				requests.requestMatchers(HttpMethod.POST, "/api/v1/dev/tokens").permitAll();
			}
			requests.requestMatchers("/api/v1/federation/**").access(administrators.only(Role.SYSADMIN));
			requests.requestMatchers("/api/v1/audit", "/api/v1/audit/**").access(administrators.only(Role.AUDITOR));
			// the node check of user administration is the service's
			// (UserAdministration): at the
			// province it also serves the secadmins of the nodes below, relayed by their
			// nodes
			requests.requestMatchers("/api/v1/admin/users", "/api/v1/admin/users/**", "/api/v1/admin/administrators")
				.hasRole(Role.SECADMIN.name());
			requests.requestMatchers("/api/v1/admin/calendar/**").access(administrators.only(Role.SYSADMIN));
			requests.requestMatchers("/api/v1/admin/divisions", "/api/v1/admin/divisions/**")
				.access(administrators.only(Role.SYSADMIN));
			requests.requestMatchers("/actuator/**").access(administrators.only(Role.SYSADMIN));
			// an invited observer is answered on the reads of invited objects only
			requests.anyRequest().access(new InvitedObservers());
		})
			.oauth2ResourceServer((oauth2) -> oauth2
				.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers::manager))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.addFilterBefore(new SecurityEventFilter(events), BearerTokenAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
