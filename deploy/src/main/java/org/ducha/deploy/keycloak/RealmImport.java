package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The realm files a {@link KeycloakServer} imports at start, copied into its import
 * folder with the local federation's Keycloak address ({@value #DEMO_BASE_URL}) replaced
 * by the server's own. The realms on one server name each other there: the {@code ducha}
 * realm's identity provider {@code yangjiang} (阳江市统一身份认证) points at the
 * {@code yangjiang-idp} realm, whose client {@code ducha-broker} sends people back; a
 * test server listens on a free port instead.
 * <p>
 * Keycloak would replace {@code ${NAME}} placeholders in a realm file from its
 * environment at import (ExportImportManager turns this on for {@code --import-realm}),
 * but the realm files must import as they are, in production too (RealmFileTests), so the
 * address is given in full and rewritten here.
 */
final class RealmImport {

	/** Where the local federation's Keycloak answers (port offset 0). */
	static final String DEMO_BASE_URL = "http://127.0.0.1:8180";

	private RealmImport() {
	}

	/**
	 * Empties the import folder and writes each realm file into it, at the given address.
	 * @return the import folder
	 */
	static Path prepare(Path importDir, List<Path> realmFiles, String baseUrl) throws IOException {
		KeycloakDistribution.deleteRecursively(importDir);
		Files.createDirectories(importDir);
		for (Path realm : realmFiles) {
			Files.writeString(importDir.resolve(realm.getFileName()),
					atAddress(Files.readString(realm, StandardCharsets.UTF_8), baseUrl), StandardCharsets.UTF_8);
		}
		return importDir;
	}

	/** A realm file's text with {@value #DEMO_BASE_URL} replaced by the given address. */
	static String atAddress(String realmJson, String baseUrl) {
		return realmJson.replace(DEMO_BASE_URL + "/", baseUrl + "/");
	}

}
