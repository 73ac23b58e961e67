package org.ducha.node.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens this node trusts ({@code ducha.security.*}).
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience the {@code aud} every token must carry
 * @param localJwt tokens signed by a local key: tests and local development only
 */
@ConfigurationProperties("ducha.security")
public record SecuritySettings(@DefaultValue("ducha-local") String issuer, @DefaultValue("ducha-api") String audience,
		@DefaultValue LocalJwt localJwt) {

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
