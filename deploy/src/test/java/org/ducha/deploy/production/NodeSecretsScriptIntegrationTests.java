package org.ducha.deploy.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/production/keycloak/generate-node-secrets.sh}, run with the packaged
 * launcher (its {@code production-realm} command,
 * {@link org.ducha.deploy.production.ProductionRealm}: a JDK is all it needs) on the
 * realm as code: the production realm it writes carries no demo secret, password or
 * one-time-code secret and no demo person, every client gets a fresh secret of its own,
 * and each node's configuration file holds exactly the secret its client has in the
 * realm.
 */
class NodeSecretsScriptIntegrationTests {

	private static final Path ROOT = Path.of(System.getProperty("ducha.repository.root", ".."));

	/** What the demo realm publishes (README, "Demo accounts"). */
	static final List<String> DEMO_SECRETS = List.of("-demo-secret", "Ducha-Demo-2026", "DUCHADEMOTOTPSECRETKEY23");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theProductionRealmCarriesFreshSecretsAndNoDemoCredentials() throws Exception {
		Path out = run("first");
		JsonNode realm = json.readTree(out.resolve("ducha-realm-production.json").toFile());

		for (Path file : list(out)) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (String demo : DEMO_SECRETS) {
				assertThat(text).as(file + " must not carry " + demo).doesNotContain(demo);
			}
		}
		List<String> usernames = new ArrayList<>();
		realm.get("users").forEach((user) -> {
			usernames.add(user.get("username").asString());
			assertThat(user.has("credentials")).as(user.get("username").asString()).isFalse();
		});
		assertThat(usernames).isNotEmpty().allMatch((name) -> name.startsWith("service-account-node-"));
		assertThat(realm.get("sslRequired").asString()).isEqualTo("all");

		Map<String, String> secrets = new HashMap<>();
		realm.get("clients").forEach((client) -> {
			String id = client.get("clientId").asString();
			assertThat(id).isNotEqualTo("ducha-cli");
			if (client.hasNonNull("secret")) {
				secrets.put(id, client.get("secret").asString());
			}
		});
		assertThat(secrets).containsKeys("ducha-gateway", "node-440000", "node-441700", "node-441704");
		assertThat(new HashSet<>(secrets.values())).as("one secret per client").hasSameSizeAs(secrets.values());
		assertThat(secrets.values()).allMatch((secret) -> secret.matches("[0-9a-f]{64}"));
		secrets.forEach((client, secret) -> {
			Path env = out.resolve(client.equals("ducha-gateway") ? "gateway.env" : client + ".env");
			String variable = client.equals("ducha-gateway") ? "GATEWAY_CLIENT_SECRET" : "NODE_CLIENT_SECRET";
			assertThat(read(env)).as(env.toString()).isEqualTo(variable + "=" + secret + "\n");
		});
		assertThat(realm.at("/clients").findValues("redirectUris").toString())
			.contains("https://ducha.gd.example.gov.cn/login/oauth2/code/keycloak")
			.doesNotContain("127.0.0.1");

		JsonNode again = json.readTree(run("second").resolve("ducha-realm-production.json").toFile());
		Set<String> secondSecrets = new HashSet<>(again.findValuesAsString("secret"));
		assertThat(secondSecrets).as("every run draws new secrets").doesNotContainAnyElementsOf(secrets.values());
	}

	private static Path run(String name) throws IOException, InterruptedException {
		Path out = Path.of("target", "node-secrets", name).toAbsolutePath();
		if (Files.exists(out)) {
			try (Stream<Path> old = Files.walk(out)) {
				old.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
		Process script = new ProcessBuilder("bash",
				ROOT.resolve("deploy/production/keycloak/generate-node-secrets.sh").toString(),
				ROOT.resolve("deploy/keycloak/ducha-realm.json").toString(), out.toString(),
				"https://ducha.gd.example.gov.cn/login/oauth2/code/keycloak")
			.redirectErrorStream(true)
			.start();
		String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(script.exitValue()).as(output).isZero();
		return out;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
