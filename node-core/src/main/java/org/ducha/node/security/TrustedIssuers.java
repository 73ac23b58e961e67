package org.ducha.node.security;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * The token issuers this node trusts — the Keycloak realm, and in tests and local
 * development the local key — each with its decoder checking signature, issuer, audience
 * and expiry. REST and links both ask here.
 */
@Component
public class TrustedIssuers {

	private static final Logger logger = LoggerFactory.getLogger(TrustedIssuers.class);

	private final Map<String, JwtDecoder> decoders = new LinkedHashMap<>();

	private final Map<String, AuthenticationManager> managers = new LinkedHashMap<>();

	private final ActorJwtConverter converter;

	TrustedIssuers(SecuritySettings settings, ActorJwtConverter converter) {
		this.converter = converter;
		if (settings.keycloak().isConfigured()) {
			NimbusJwtDecoder keycloak = NimbusJwtDecoder.withJwkSetUri(settings.keycloak().jwkSetUriOrDefault())
				.build();
			keycloak.setJwtValidator(validator(settings.keycloak().issuerUri(), settings));
			trust(settings.keycloak().issuerUri(), keycloak);
			logger.info("This node trusts tokens of the Keycloak realm {}", settings.keycloak().issuerUri());
		}
		if (settings.localJwt().enabled()) {
			LocalKeys keys = LocalKeys.resolve(settings.localJwt());
			NimbusJwtDecoder local = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
			local.setJwtValidator(validator(settings.issuer(), settings));
			trust(settings.issuer(), local);
			logger.warn("This node trusts tokens signed by the LOCAL development key ({}); never do this in production",
					(settings.localJwt().publicKey() != null) ? settings.localJwt().publicKey()
							: settings.localJwt().generatedDir());
		}
		if (this.decoders.isEmpty()) {
			logger.warn("This node trusts no token issuer: every API call but the public ones answers 401. Configure "
					+ "ducha.security.keycloak.issuer-uri (or, for local development, ducha.security.local-jwt.enabled)");
		}
	}

	private void trust(String issuer, JwtDecoder decoder) {
		this.decoders.put(issuer, decoder);
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(this.converter);
		this.managers.put(issuer, provider::authenticate);
	}

	private static OAuth2TokenValidator<Jwt> validator(String issuer, SecuritySettings settings) {
		String audience = settings.audience();
		OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.contains(audience));
		// the defaults, with this node's clock skew in place of the default minute
		return JwtValidators.createDefaultWithValidators(List.of(new JwtTimestampValidator(settings.tokenClockSkew()),
				new JwtIssuerValidator(issuer), audienceValidator));
	}

	/**
	 * The authentication manager of an issuer, or null for one this node does not trust.
	 */
	AuthenticationManager manager(String issuer) {
		return this.managers.get(issuer);
	}

	/**
	 * Decodes and validates a token from whichever trusted issuer signed it, and reads
	 * its principal.
	 * @throws BadJwtException when the token is unreadable, from an untrusted issuer, or
	 * invalid
	 */
	public Actor actorOf(String token) {
		String issuer;
		try {
			issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
		}
		catch (ParseException ex) {
			throw new BadJwtException("The token cannot be read: " + ex.getMessage());
		}
		JwtDecoder decoder = this.decoders.get(issuer);
		if (decoder == null) {
			throw new BadJwtException("This node does not trust tokens of issuer " + issuer);
		}
		return this.converter.convert(decoder.decode(token)).actor();
	}

}
