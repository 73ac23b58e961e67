package org.ducha.node.security;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
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

	TrustedIssuers(SecuritySettings settings, ActorJwtConverter converter, NodeIdentity self) {
		this.converter = converter;
		if (settings.keycloak().isConfigured()) {
			NimbusJwtDecoder keycloak = NimbusJwtDecoder.withJwkSetUri(settings.keycloak().jwkSetUriOrDefault())
				.build();
			String audience = settings.keycloak().audienceOrDefault(self.code());
			keycloak.setJwtValidator(validator(settings.keycloak().issuerUri(), audience, settings));
			trust(settings.keycloak().issuerUri(), keycloak);
			logger.info("This node trusts tokens of the Keycloak realm {} meant for {}",
					settings.keycloak().issuerUri(), audience);
		}
		if (settings.localJwt().enabled()) {
			LocalKeys keys = LocalKeys.resolve(settings.localJwt());
			NimbusJwtDecoder local = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
			local.setJwtValidator(validator(settings.issuer(), settings.audience(), settings));
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

	private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, SecuritySettings settings) {
		// the defaults, with this node's clock skew in place of the default minute
		return JwtValidators.createDefaultWithValidators(List.of(new JwtTimestampValidator(settings.tokenClockSkew()),
				new JwtIssuerValidator(issuer), new AudienceValidator(audience)));
	}

	/**
	 * A token must name this node in {@code aud}: one meant for another node, even of the
	 * same realm and user, is refused, and the refusal says which audience was expected
	 * (docs/security.md §2.1).
	 */
	private record AudienceValidator(String audience) implements OAuth2TokenValidator<Jwt> {

		@Override
		public OAuth2TokenValidatorResult validate(Jwt token) {
			List<String> named = token.getAudience();
			if (named != null && named.contains(this.audience)) {
				return OAuth2TokenValidatorResult.success();
			}
			return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
					"此令牌不是给本节点的 / the token is not meant for this node: its audience " + named + " does not name "
							+ this.audience,
					null));
		}

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
