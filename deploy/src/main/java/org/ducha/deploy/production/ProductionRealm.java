package org.ducha.deploy.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the production realm out of the realm as code
 * ({@code deploy/keycloak/ducha-realm.json}) with a fresh secret for every confidential
 * client, written both into the realm to import and into the configuration of the node
 * (or gateway) that uses it (docs/security.md §5). Run once per installation on the
 * machine of the realm's administrator, through
 * {@code deploy/production/keycloak/generate-node-secrets.sh}; each env file goes to its
 * node's administrators only. Needs nothing but the JDK, so that it runs wherever the
 * launcher does.
 *
 * <p>
 * The realm it writes keeps only the nodes' service accounts (no demo people, passwords
 * or one-time-code secrets), drops the password-grant client {@code ducha-cli}, requires
 * TLS everywhere, takes the gateway's redirect URI, drops the demo's identity provider
 * ({@code yangjiang}), and the SMTP server named by the environment ({@code SMTP_HOST},
 * {@code SMTP_PORT}, {@code SMTP_FROM}), or none.
 */
public final class ProductionRealm {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final SecureRandom random = new SecureRandom();

	private ProductionRealm() {
	}

	/**
	 * {@code <ducha-realm.json> <out-dir> <gateway redirect URI>}.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: generate-node-secrets.sh <ducha-realm.json> <out-dir> <gateway redirect URI>");
			System.exit(2);
		}
		int written = write(Path.of(args[0]), Path.of(args[1]), args[2], System.getenv());
		System.out.println("wrote " + Path.of(args[1]).resolve("ducha-realm-production.json") + " and " + written
				+ " secrets (" + args[1] + "/*.env)");
	}

	/**
	 * Writes the production realm and one env file per confidential client.
	 * @return how many secrets it drew
	 */
	public static int write(Path realmFile, Path out, String redirectUri, Map<String, String> environment)
			throws IOException {
		ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
		Map<String, String> secrets = new TreeMap<>();
		ArrayNode clients = json.createArrayNode();
		for (JsonNode client : realm.withArray("clients")) {
			String id = client.get("clientId").asString();
			if (id.equals("ducha-cli")) {
				continue;
			}
			ObjectNode kept = (ObjectNode) client;
			boolean confidential = !client.path("publicClient").asBoolean(false) && client.hasNonNull("secret");
			if (confidential) {
				String secret = secret();
				secrets.put(id, secret);
				kept.put("secret", secret);
			}
			if (id.equals("ducha-gateway")) {
				kept.set("redirectUris", json.createArrayNode().add(redirectUri));
			}
			clients.add(kept);
		}
		realm.set("clients", clients);
		ArrayNode serviceAccounts = json.createArrayNode();
		for (JsonNode user : realm.withArray("users")) {
			if (user.hasNonNull("serviceAccountClientId")) {
				((ObjectNode) user).remove("credentials");
				serviceAccounts.add(user);
			}
		}
		realm.set("users", serviceAccounts);
		// the demo's provider (阳江市统一身份认证 on the same server, a demo secret):
		// a level's own provider is added through the admin API (docs/security.md §1.7)
		realm.remove("identityProviders");
		realm.remove("identityProviderMappers");
		realm.put("sslRequired", "all");
		realm.set("displayNameHtml", realm.get("displayName"));
		String smtpHost = environment.getOrDefault("SMTP_HOST", "");
		if (smtpHost.isEmpty()) {
			realm.remove("smtpServer");
		}
		else {
			realm.set("smtpServer",
					json.createObjectNode()
						.put("host", smtpHost)
						.put("port", environment.getOrDefault("SMTP_PORT", "25"))
						.put("from", environment.getOrDefault("SMTP_FROM", ""))
						.put("starttls", "true"));
		}
		Files.createDirectories(out);
		restrict(out, "rwx------");
		writeRestricted(out.resolve("ducha-realm-production.json"),
				json.writerWithDefaultPrettyPrinter().writeValueAsString(realm));
		for (Map.Entry<String, String> secret : secrets.entrySet()) {
			String client = secret.getKey();
			if (client.startsWith("node-")) {
				writeRestricted(out.resolve(client + ".env"), "NODE_CLIENT_SECRET=" + secret.getValue() + "\n");
			}
			else if (client.equals("ducha-gateway")) {
				writeRestricted(out.resolve("gateway.env"), "GATEWAY_CLIENT_SECRET=" + secret.getValue() + "\n");
			}
			else {
				writeRestricted(out.resolve(client + ".env"), "CLIENT_SECRET=" + secret.getValue() + "\n");
			}
		}
		return secrets.size();
	}

	/** 256 random bits, hex. */
	private static String secret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void writeRestricted(Path file, String text) throws IOException {
		Files.deleteIfExists(file);
		Files.createFile(file);
		restrict(file, "rw-------");
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// a file system without POSIX permissions (Windows): the folder's own rights
			// apply
		}
	}

}
