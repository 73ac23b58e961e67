package org.ducha.node.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's security: every {@code /api/v1/**} request carries a token (except the public
 * ones) of an issuer this node trusts; link operations answer only to {@code sysadmin},
 * the audit trail only to {@code auditor}; stateless, errors as ProblemDetail.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, TrustedIssuers issuers, ProblemAuthenticationHandlers handlers,
			SecuritySettings settings) throws Exception {
		boolean mint = settings.localJwt().enabled() && settings.localJwt().mintEndpoint();
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
			requests.requestMatchers("/api/v1/federation/**").hasRole(Role.SYSADMIN.name());
			requests.requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Role.AUDITOR.name());
			requests.requestMatchers("/api/v1/admin/users", "/api/v1/admin/users/**", "/api/v1/admin/administrators")
				.hasRole(Role.SECADMIN.name());
			requests.requestMatchers("/api/v1/admin/calendar/**").hasRole(Role.SYSADMIN.name());
			requests.requestMatchers("/actuator/**").hasRole(Role.SYSADMIN.name());
			requests.anyRequest().authenticated();
		})
			.oauth2ResourceServer((oauth2) -> oauth2
				.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers::manager))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
