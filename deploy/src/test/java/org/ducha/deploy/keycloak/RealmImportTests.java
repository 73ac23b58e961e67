package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm files as a server imports them: the realms name each other at the local
 * federation's Keycloak address, which becomes the server's own.
 */
class RealmImportTests {

	@Test
	void theRealmsNameEachOtherAtTheImportingServersAddress(@TempDir Path dir) throws IOException {
		Path importDir = RealmImport.prepare(dir.resolve("import"), List.of(DemoRealm.file(), DemoRealm.providerFile()),
				"http://127.0.0.1:41234");

		String ducha = Files.readString(importDir.resolve("ducha-realm.json"), StandardCharsets.UTF_8);
		String provider = Files.readString(importDir.resolve("yangjiang-idp-realm.json"), StandardCharsets.UTF_8);
		assertThat(ducha)
			.contains("\"tokenUrl\": \"http://127.0.0.1:41234/realms/yangjiang-idp/protocol/openid-connect/token\"")
			.doesNotContain(RealmImport.DEMO_BASE_URL);
		assertThat(provider).contains("http://127.0.0.1:41234/realms/ducha/broker/yangjiang/endpoint")
			.doesNotContain(RealmImport.DEMO_BASE_URL);
	}

	@Test
	void theFilesThemselvesNameTheLocalFederationsKeycloak() throws IOException {
		assertThat(Files.readString(DemoRealm.file(), StandardCharsets.UTF_8))
			.contains(RealmImport.DEMO_BASE_URL + "/realms/yangjiang-idp/");
		assertThat(Files.readString(DemoRealm.providerFile(), StandardCharsets.UTF_8))
			.contains(RealmImport.DEMO_BASE_URL + "/realms/ducha/broker/yangjiang/endpoint")
			.doesNotContain("${");
	}

}
