package org.ducha.node.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;

import org.ducha.node.security.LocalKeys;
import org.ducha.node.security.LocalTokens;

/**
 * The local token key of a test JVM, and tokens for any caller.
 */
public final class TestKeys {

	private static Path dir;

	private static LocalTokens tokens;

	private static LocalKeys keys;

	private TestKeys() {
	}

	/** Folder holding {@code jwt.pub} and {@code jwt.key}. */
	public static synchronized Path dir() {
		if (dir == null) {
			try {
				dir = Files.createTempDirectory("ducha-test-jwt");
				TemporaryFolders.deleteOnExit(dir);
				keys = LocalKeys.ensure(dir);
				tokens = new LocalTokens(keys, "ducha-local", "ducha-api");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return dir;
	}

	/** The local private key, for tests that forge tokens on purpose. */
	public static java.security.interfaces.RSAPrivateKey privateKey() {
		dir();
		return keys.privateKey();
	}

	/** A token for a user of a node (and unit) with roles such as {@code supervisor}. */
	public static String token(String subject, String orgCode, String unitCode, String... roles) {
		dir();
		return tokens.mint(subject, orgCode, unitCode, List.of(roles), Duration.ofHours(1));
	}

}
