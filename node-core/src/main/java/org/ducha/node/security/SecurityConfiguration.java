package org.ducha.node.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's security: every {@code /api/v1/**} request carries a token (except the public
 * ones), link operations answer only to {@code sysadmin}; stateless, errors as
 * ProblemDetail.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain api(HttpSecurity http, ActorJwtConverter converter, ProblemAuthenticationHandlers handlers,
			SecuritySettings settings) throws Exception {
		boolean mint = settings.localJwt().enabled() && settings.localJwt().mintEndpoint();
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/error").permitAll();
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll();
			requests.requestMatchers("/api/v1/calendar/**", "/api/v1/public/**").permitAll();
			if (mint) {
				requests.requestMatchers(HttpMethod.POST, "/api/v1/dev/tokens").permitAll();
			}
			requests.requestMatchers("/api/v1/federation/**").hasRole(Role.SYSADMIN.name());
			requests.requestMatchers("/actuator/**").hasRole(Role.SYSADMIN.name());
			requests.anyRequest().authenticated();
		})
			.oauth2ResourceServer((oauth2) -> oauth2.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(SecuritySettings settings) {
		if (!settings.localJwt().enabled()) {
			logger.warn("This node trusts no token issuer yet: every API call but the public ones answers 401. "
					+ "For local development set ducha.security.local-jwt.enabled=true.");
			return (token) -> {
				throw new BadJwtException("This node trusts no token issuer; configure one");
			};
		}
		LocalKeys keys = LocalKeys.resolve(settings.localJwt());
		logger.warn("This node trusts tokens signed by the LOCAL development key ({}); never do this in production",
				(settings.localJwt().publicKey() != null) ? settings.localJwt().publicKey()
						: settings.localJwt().generatedDir());
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.contains(settings.audience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(settings.issuer()), audience));
		return decoder;
	}

}
