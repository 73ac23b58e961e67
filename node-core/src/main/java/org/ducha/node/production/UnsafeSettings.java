package org.ducha.node.production;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The settings made for development and tests that a production node must not run with,
 * each found with what it would do. Read from the environment as Spring would bind them
 * (any source, relaxed names), before any bean exists.
 * <p>
 * Demo secrets are recognised by the demo pattern rather than a list: every secret of the
 * demo realm, the launcher and the tests has {@code demo} in it
 * ({@code node-<code>-demo-secret}, {@code ducha-gateway-demo-secret}, the demo password
 * {@code Ducha-Demo-2026}, the demo administrators' TOTP secret
 * {@code DUCHADEMOTOTPSECRETKEY23}), and a secret generated for production has no reason
 * to contain the word.
 */
final class UnsafeSettings {

	/** The node's secrets; none may be a demo secret. */
	static final List<String> SECRETS = List.of("ducha.security.keycloak.client-secret", "spring.datasource.password",
			"spring.mail.password");

	private UnsafeSettings() {
	}

	/**
	 * What is unsafe in this environment, one line per setting; empty when nothing is.
	 */
	static List<String> in(Environment environment) {
		Binder binder = Binder.get(environment);
		List<String> found = new ArrayList<>();
		if (flag(binder, "ducha.security.local-jwt.enabled", false)) {
			found.add("ducha.security.local-jwt.enabled=true: local test tokens, signed by a development key, "
					+ "would be trusted");
		}
		if (flag(binder, "ducha.security.local-jwt.mint-endpoint", false)) {
			found
				.add("ducha.security.local-jwt.mint-endpoint=true: POST /api/v1/dev/tokens would hand out test tokens");
		}
		if (!flag(binder, "ducha.node.tls.enabled", true)) {
			found.add("ducha.node.tls.enabled=false: links would run without TLS, and any program could claim "
					+ "to be a child node");
		}
		if (flag(binder, "ducha.node.tls.generate", false) && !bound(binder, "ducha.node.tls.certificate")) {
			found.add("ducha.node.tls.generate=true without certificate files: links would use certificates of a "
					+ "development CA made on this machine");
		}
		if (!flag(binder, "ducha.security.links.require-node-token", true)) {
			found.add("ducha.security.links.require-node-token=false: a child would be accepted on its certificate "
					+ "alone, without its node token");
		}
		if (bound(binder, "ducha.federation.deduplication")) {
			found.add("ducha.federation.deduplication is set: it switches off deduplication for the simulation's "
					+ "negative control only, and is not taken in production at all");
		}
		for (String secret : SECRETS) {
			if (binder.bind(secret, String.class).map(UnsafeSettings::isDemoSecret).orElse(false)) {
				found.add(secret + " is a demo secret (it contains \"demo\", like every secret of the demo realm "
						+ "and its TOTP secret): give this node its own");
			}
		}
		Duration offset = binder.bind("ducha.dev.clock-offset", Duration.class).orElse(Duration.ZERO);
		if (!offset.isZero()) {
			found.add("ducha.dev.clock-offset=" + offset + ": the node's clock would be shifted from the real time");
		}
		return found;
	}

	/** Whether a secret is one of the demo secrets (see the class comment). */
	static boolean isDemoSecret(String secret) {
		return secret.toLowerCase(Locale.ROOT).contains("demo");
	}

	private static boolean flag(Binder binder, String name, boolean otherwise) {
		return binder.bind(name, Boolean.class).orElse(otherwise);
	}

	private static boolean bound(Binder binder, String name) {
		return binder.bind(name, String.class).isBound();
	}

}
