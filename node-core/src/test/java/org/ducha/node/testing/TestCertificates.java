package org.ducha.node.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ducha.node.pki.NodeCertificates;

/**
 * A CA of the test JVM and node certificates issued by it.
 */
public final class TestCertificates {

	private static Path dir;

	private static NodeCertificates.Files ca;

	private TestCertificates() {
	}

	public static synchronized NodeCertificates.Files ca() {
		if (ca == null) {
			try {
				dir = Files.createTempDirectory("ducha-test-pki");
				TemporaryFolders.deleteOnExit(dir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			ca = NodeCertificates.ensureCa(dir.resolve("ca"), "Ducha test CA");
		}
		return ca;
	}

	/** The properties that give a node a certificate naming {@code code}. */
	public static Map<String, Object> forNode(String code) {
		NodeCertificates.Files node = NodeCertificates.ensureNode(ca(), code, dir.resolve("nodes"));
		return Map.of("ducha.node.tls.enabled", "true", "ducha.node.tls.ca", ca().certificate().toString(),
				"ducha.node.tls.certificate", node.certificate().toString(), "ducha.node.tls.private-key",
				node.privateKey().toString());
	}

}
