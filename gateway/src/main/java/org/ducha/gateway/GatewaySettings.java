package org.ducha.gateway;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own configuration ({@code ducha.gateway.*}); the Keycloak client is
 * Spring Security's ({@code spring.security.oauth2.client.*}).
 *
 * @param nodes the node registry: every node this gateway routes to, by division code
 * @param publicNode the node that answers the public, unauthenticated API (the working
 * calendar, public disclosure); by default the registry's only top node
 * @param trustedProxies a regular expression of the reverse proxies' IP addresses whose
 * {@code X-Forwarded-*} headers are believed; absent, no forwarded header is believed
 */
@ConfigurationProperties("ducha.gateway")
public record GatewaySettings(Map<String, Node> nodes, String publicNode, String trustedProxies) {

	public GatewaySettings {
		nodes = (nodes != null) ? Map.copyOf(nodes) : Map.of();
	}

	/**
	 * One node of the registry.
	 *
	 * @param url where the node's REST API listens, scheme, host and port only (e.g.
	 * {@code http://127.0.0.1:8441})
	 * @param parent the code of the node above it; absent for a top node
	 * @param name a display name (阳江市)
	 */
	public record Node(URI url, String parent, String name) {
	}

}
