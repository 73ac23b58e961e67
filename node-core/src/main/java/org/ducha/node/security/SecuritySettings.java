package org.ducha.node.security;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens this node trusts ({@code ducha.security.*}).
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token of the local development issuer must carry
 * (realm tokens name the node itself: {@link Keycloak#audienceOrDefault})
 * @param localJwt tokens signed by a local key: tests and local development only
 * @param keycloak the Keycloak realm whose tokens this node trusts, and this node's own
 * client
 * @param links how nodes prove who they are on federation links
 * @param tokenClockSkew how far past its expiry (or before its start) a token is still
 * accepted, for clocks that differ between Keycloak and the node (docs/security.md §2)
 */
@ConfigurationProperties("ducha.security")
public record SecuritySettings(@DefaultValue("ducha-local") String issuer, @DefaultValue("ducha-api") String audience,
		@DefaultValue LocalJwt localJwt, @DefaultValue Keycloak keycloak, @DefaultValue Links links,
		@DefaultValue("60s") Duration tokenClockSkew) {

	/**
	 * The Keycloak realm (docs/security.md §1).
	 *
	 * @param issuerUri the realm's issuer, e.g.
	 * {@code http://127.0.0.1:8180/realms/ducha}; absent, no Keycloak token is trusted
	 * @param jwkSetUri where its signing keys are published; by default the realm's certs
	 * endpoint
	 * @param tokenUri where this node asks for its own tokens; by default the realm's
	 * token endpoint
	 * @param clientId this node's confidential client; by default {@code node-<code>}
	 * @param clientSecret its secret; absent, the node fetches no token of its own
	 * @param audience the {@code aud} a realm token must name to be accepted here; by
	 * default this node's client id: a token meant for another node is refused
	 * (docs/security.md §2.1)
	 */
	public record Keycloak(String issuerUri, String jwkSetUri, String tokenUri, String clientId, String clientSecret,
			String audience) {

		public boolean isConfigured() {
			return this.issuerUri != null && !this.issuerUri.isBlank();
		}

		public String jwkSetUriOrDefault() {
			return (this.jwkSetUri != null && !this.jwkSetUri.isBlank()) ? this.jwkSetUri
					: this.issuerUri + "/protocol/openid-connect/certs";
		}

		/** This node's client id: the configured one, or {@code node-<code>}. */
		public String clientIdOrDefault(String code) {
			return (this.clientId != null && !this.clientId.isBlank()) ? this.clientId : "node-" + code;
		}

		/**
		 * The audience a realm token must name here: the configured one, or the client
		 * id.
		 */
		public String audienceOrDefault(String code) {
			return (this.audience != null && !this.audience.isBlank()) ? this.audience : clientIdOrDefault(code);
		}

		public String tokenUriOrDefault() {
			return (this.tokenUri != null && !this.tokenUri.isBlank()) ? this.tokenUri
					: this.issuerUri + "/protocol/openid-connect/token";
		}

	}

	/**
	 * Node identity on links.
	 *
	 * @param requireNodeToken whether a parent accepts a child's Hello only with a token
	 * that names the same node as its certificate; absent, required exactly when a
	 * Keycloak realm is configured
	 */
	public record Links(Boolean requireNodeToken) {
	}

	/** Whether a parent requires a child's node token beside its certificate. */
	public boolean requireNodeTokenOnLinks() {
		return (this.links.requireNodeToken() != null) ? this.links.requireNodeToken() : this.keycloak.isConfigured();
	}

	/**
	 * A local signing key: never trusted by default, never in the production profile.
	 *
	 * @param enabled whether this node trusts tokens signed by the local key
	 * @param publicKey PEM file of the RSA public key
	 * @param privateKey PEM file of the RSA private key (to mint development tokens)
	 * @param generatedDir where a development key pair is created when no files are given
	 * @param mintEndpoint whether {@code POST /api/v1/dev/tokens} hands out tokens
	 */
	public record LocalJwt(@DefaultValue("false") boolean enabled, Path publicKey, Path privateKey, Path generatedDir,
			@DefaultValue("false") boolean mintEndpoint) {

		public LocalJwt {
			generatedDir = (generatedDir != null) ? generatedDir
					: Path.of(System.getProperty("user.home"), ".cache", "ducha", "dev-jwt");
		}

	}

}
