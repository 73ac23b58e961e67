package org.ducha.deploy.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The {@code status} and {@code stop} commands: what runs of the last start (processes,
 * health, each node's links with their backlog), and stopping what a killed launcher left
 * running.
 */
final class Status {

	private Status() {
	}

	static String of(LocalSettings settings) {
		Path stateFile = settings.dataDir.resolve("federation.properties");
		if (!Files.exists(stateFile)) {
			return "No local federation has been started with data in " + settings.dataDir + "\n";
		}
		Properties state = new Properties();
		try (Reader in = Files.newBufferedReader(stateFile)) {
			state.load(in);
		}
		catch (IOException ex) {
			return "Cannot read " + stateFile + ": " + ex.getMessage() + "\n";
		}
		StringBuilder text = new StringBuilder();
		text.append(String.format("%-8s %-6s %-7s %-6s %s%n", "node", "name", "process", "health",
				"links (state, backlog)"));
		TreeMap<String, String> nodes = new TreeMap<>();
		state.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("node."))
			.forEach((key) -> nodes.put(key.substring(5), state.getProperty(key)));
		RealmLogin login = new RealmLogin(state.getProperty("issuer"), nodes.keySet());
		nodes.forEach((code, value) -> {
			String[] parts = value.split(",", -1);
			NodeApi api = new NodeApi("http://127.0.0.1:" + parts[1]);
			boolean alive = alive(settings.dataDir.resolve("pids").resolve(code + ".pid"));
			String health = health(api);
			text.append(String.format("%-8s %-6s %-7s %-6s %s%n", code, parts[0], alive ? "running" : "-", health,
					"UP".equals(health) ? links(api, login, code) : ""));
		});
		text.append(String.format("%-8s %-6s %-7s%n", "gateway", "", alive(settings.dataDir.resolve("pids/gateway.pid"))
				? "running http://127.0.0.1:" + state.getProperty("gateway") + "/" : "-"));
		text.append(String.format("%-8s %-6s %-7s%n", "keycloak", "",
				alive(settings.dataDir.resolve("pids/keycloak.pid")) ? "running " + state.getProperty("issuer") : "-"));
		return text.toString();
	}

	private static String health(NodeApi api) {
		try {
			JsonNode health = api.get(null, "/actuator/health");
			return health.path("status").asString();
		}
		catch (RuntimeException ex) {
			return "DOWN";
		}
	}

	private static String links(NodeApi api, RealmLogin login, String code) {
		try {
			StringBuilder links = new StringBuilder();
			for (JsonNode link : api.get(login.token("sysadmin-" + code), "/api/v1/federation/links")) {
				long backlog = 0;
				for (JsonNode channel : link.path("channels")) {
					backlog += channel.path("backlog").asLong();
				}
				links.append(link.path("peer").asString())
					.append(' ')
					.append(link.path("state").asString())
					.append(' ')
					.append(backlog)
					.append("; ");
			}
			return links.toString();
		}
		catch (RuntimeException ex) {
			return "(links unknown: " + ex.getMessage() + ")";
		}
	}

	private static boolean alive(Path pidFile) {
		try {
			return Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
				.map(ProcessHandle::isAlive)
				.orElse(false);
		}
		catch (IOException | NumberFormatException ex) {
			return false;
		}
	}

	/** Stops every process the pid files name. */
	static String stop(LocalSettings settings) {
		Path pids = settings.dataDir.resolve("pids");
		if (!Files.isDirectory(pids)) {
			return "Nothing to stop in " + settings.dataDir;
		}
		int stopped = AppProcess.stopLeftover(settings.dataDir.resolve("mariadb/data/mysqld.pid")) ? 1 : 0;
		stopped += AppProcess.stopLeftovers(pids);
		return "Stopped " + stopped + " processes; the data stays in " + settings.dataDir;
	}

}
