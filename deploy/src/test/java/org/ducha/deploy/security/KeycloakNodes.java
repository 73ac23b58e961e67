package org.ducha.deploy.security;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestNode;

/**
 * Nodes signed in through the test's Keycloak: the province, whose service account alone
 * administers users, and nodes below it that forward user administration to it.
 */
public final class KeycloakNodes {

	private KeycloakNodes() {
	}

	/** The province 440000, holding the power to administer users. */
	public static TestNode province(DuchaKeycloak keycloak) {
		return TestNode.node("440000", NodeLevel.PROVINCE)
			.name("广东省")
			.children("441700", "440900")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("440000"))
			.start();
	}

	/** A node below the province, forwarding user administration to it. */
	public static TestNode node(DuchaKeycloak keycloak, TestNode.Builder builder, TestNode province) {
		String parent = DemoRealm.PARENTS.get(builder.code());
		return builder.parent(parent, "127.0.0.1:1")
			.withoutTransport()
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret(builder.code()))
			.property("ducha.users.province-url", "http://127.0.0.1:" + province.httpPort())
			.start();
	}

}
