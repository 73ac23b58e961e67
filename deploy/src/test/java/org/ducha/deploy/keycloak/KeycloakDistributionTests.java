package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Where {@link KeycloakDistribution} takes its zip from, and how it checks and unpacks
 * it, against a repository served on 127.0.0.1 (no Keycloak is started here).
 */
class KeycloakDistributionTests {

	private static final String ARTIFACT = "org/keycloak/keycloak-quarkus-dist/" + KeycloakDistribution.VERSION
			+ "/keycloak-quarkus-dist-" + KeycloakDistribution.VERSION + ".zip";

	@TempDir
	Path temp;

	private final Map<String, byte[]> served = new ConcurrentHashMap<>();

	private HttpServer repository;

	@BeforeEach
	void serveRepository() throws IOException {
		this.repository = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.repository.createContext("/maven2/", (exchange) -> {
			byte[] body = this.served.get(exchange.getRequestURI().getPath().substring("/maven2/".length()));
			exchange.sendResponseHeaders((body != null) ? 200 : 404, (body != null) ? body.length : -1);
			if (body != null) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		});
		this.repository.start();
	}

	@AfterEach
	void stopRepository() {
		this.repository.stop(0);
	}

	@Test
	void takesTheZipFromTheLocalMavenRepository() throws IOException {
		byte[] zip = zip("keycloak-" + KeycloakDistribution.VERSION + "/bin/kc.sh", "#!/bin/sh");
		Path local = this.temp.resolve("m2").resolve(ARTIFACT);
		Files.createDirectories(local.getParent());
		Files.write(local, zip);
		Files.writeString(local.resolveSibling(local.getFileName() + ".sha1"), sha1(zip));

		assertThat(distribution().zip()).isEqualTo(local);
	}

	@Test
	void downloadsTheZipAndChecksItsSha1() throws IOException {
		byte[] zip = zip("keycloak-" + KeycloakDistribution.VERSION + "/bin/kc.sh", "#!/bin/sh");
		this.served.put(ARTIFACT, zip);
		this.served.put(ARTIFACT + ".sha1", (sha1(zip) + "  keycloak.zip\n").getBytes(StandardCharsets.US_ASCII));

		Path downloaded = distribution().zip();

		assertThat(downloaded).startsWith(this.temp.resolve("cache"));
		assertThat(Files.readAllBytes(downloaded)).isEqualTo(zip);
		assertThat(distribution().zip()).as("the second time from the cache").isEqualTo(downloaded);
	}

	@Test
	void refusesADownloadWhoseSha1DoesNotMatch() throws IOException {
		byte[] zip = zip("keycloak-" + KeycloakDistribution.VERSION + "/bin/kc.sh", "#!/bin/sh");
		this.served.put(ARTIFACT, zip);
		this.served.put(ARTIFACT + ".sha1", sha1(new byte[] { 1 }).getBytes(StandardCharsets.US_ASCII));

		assertThatIOException().isThrownBy(() -> distribution().zip()).withMessageContaining("SHA-1");
		try (var left = Files.list(this.temp.resolve("cache/downloads"))) {
			assertThat(left).as("nothing half-downloaded is left").isEmpty();
		}
	}

	@Test
	void downloadsInsteadOfALocalZipThatIsCorrupt() throws IOException {
		byte[] zip = zip("keycloak-" + KeycloakDistribution.VERSION + "/bin/kc.sh", "#!/bin/sh");
		Path local = this.temp.resolve("m2").resolve(ARTIFACT);
		Files.createDirectories(local.getParent());
		Files.write(local, new byte[] { 1, 2, 3 });
		Files.writeString(local.resolveSibling(local.getFileName() + ".sha1"), sha1(zip));
		this.served.put(ARTIFACT, zip);
		this.served.put(ARTIFACT + ".sha1", sha1(zip).getBytes(StandardCharsets.US_ASCII));

		assertThat(Files.readAllBytes(distribution().zip())).isEqualTo(zip);
	}

	@Test
	void unpacksWithExecutableScriptsAndRefusesEntriesOutsideTheTarget() throws IOException {
		Path good = this.temp.resolve("good.zip");
		Files.write(good, zip("keycloak/bin/kc.sh", "#!/bin/sh"));
		KeycloakDistribution.unzip(good, this.temp.resolve("out"));
		assertThat(this.temp.resolve("out/keycloak/bin/kc.sh")).isExecutable();

		Path evil = this.temp.resolve("evil.zip");
		Files.write(evil, zip("../outside.txt", "x"));
		assertThatIOException().isThrownBy(() -> KeycloakDistribution.unzip(evil, this.temp.resolve("evil")));
		assertThat(this.temp.resolve("outside.txt")).doesNotExist();
	}

	private KeycloakDistribution distribution() {
		return KeycloakDistribution.of(this.temp.resolve("cache"), this.temp.resolve("m2"),
				"http://127.0.0.1:" + this.repository.getAddress().getPort() + "/maven2/");
	}

	private static byte[] zip(String name, String content) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static String sha1(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
