package org.ducha.deploy.security;

import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.keycloak.representations.idm.RealmRepresentation;

import org.ducha.deploy.keycloak.DuchaKeycloak;

/**
 * An SMTP server (GreenMail, on a free port) that the realm sends its e-mails to while a
 * test class runs, such as an appointed administrator's set-up link; the realm's own
 * setting comes back afterwards.
 */
final class RealmMail {

	private Map<String, String> before;

	/** The server: register it with {@code @RegisterExtension} on a static field. */
	static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
			.withPerMethodLifecycle(false);
	}

	/** Points the realm's SMTP setting at the server. */
	void pointAt(DuchaKeycloak keycloak, GreenMailExtension server) {
		RealmRepresentation realm = keycloak.realm().toRepresentation();
		this.before = realm.getSmtpServer();
		realm.setSmtpServer(Map.of("host", "127.0.0.1", "port", String.valueOf(server.getSmtp().getPort()), "from",
				"ducha-noreply@localhost"));
		keycloak.realm().update(realm);
	}

	/** Gives the realm its own setting back. */
	void restore(DuchaKeycloak keycloak) {
		if (this.before == null) {
			return;
		}
		RealmRepresentation realm = keycloak.realm().toRepresentation();
		realm.setSmtpServer(this.before);
		keycloak.realm().update(realm);
	}

}
