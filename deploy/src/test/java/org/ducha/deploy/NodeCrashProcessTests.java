package org.ducha.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged nodes as separate JVMs (province 440000, city 441700, counties 441702 and
 * 441704) on one test database with mutual TLS: while traffic flows both ways the city is
 * killed with SIGKILL, the province and the counties go on working into their outboxes,
 * the city restarts on its own schema and data folder, and afterwards every event has
 * crossed every hop exactly once and every record is where it belongs. The city's
 * supervisor writes at the city all along: the writes whose answers the kill lost are
 * sent again under their {@code Idempotency-Key} once it is back, and each took effect
 * once.
 */
class NodeCrashProcessTests {

	private static final Path LOGS = Path.of("target", "process-logs", "NodeCrashProcessTests");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private final List<NodeProcess> started = new ArrayList<>();

	private Traffic traffic;

	@AfterEach
	void killEverything() {
		if (this.traffic != null) {
			this.traffic.stop();
		}
		this.started.forEach(NodeProcess::close);
	}

	@Test
	void cityKilledWhileTrafficFlowsLosesAndDuplicatesNothing() throws IOException {
		long begin = System.nanoTime();
		Path data = Path.of("target", "process-data", "crash-" + System.currentTimeMillis()).toAbsolutePath();
		NodeSchema provinceSchema = new NodeSchema("440000", TestDatabase.newSchema("440000"));
		NodeSchema citySchema = new NodeSchema("441700", TestDatabase.newSchema("441700"));
		NodeSchema jiangchengSchema = new NodeSchema("441702", TestDatabase.newSchema("441702"));
		NodeSchema yangdongSchema = new NodeSchema("441704", TestDatabase.newSchema("441704"));
		int provinceLink = FreePorts.next();
		int cityLink = FreePorts.next();

		Map<String, Object> provinceProperties = NodeProcess.settings(provinceSchema, data, provinceLink);
		provinceProperties.put("ducha.node.children", "441700");
		NodeProcess province = track(NodeProcess.of("440000", PackagedApp.PROVINCE, provinceProperties, LOGS));
		Map<String, Object> cityProperties = NodeProcess.settings(citySchema, data, cityLink);
		cityProperties.put("ducha.node.parent.code", "440000");
		cityProperties.put("ducha.node.parent.address", "127.0.0.1:" + provinceLink);
		cityProperties.put("ducha.node.children", "441702,441704");
		NodeProcess city = track(NodeProcess.of("441700", PackagedApp.CITY, cityProperties, LOGS));
		NodeProcess jiangcheng = track(NodeProcess.of("441702", PackagedApp.COUNTY,
				NodeProcess.countySettings(jiangchengSchema, data, "江城区", cityLink), LOGS));
		NodeProcess yangdong = track(NodeProcess.of("441704", PackagedApp.COUNTY,
				NodeProcess.countySettings(yangdongSchema, data, "阳东区", cityLink), LOGS));
		List<NodeProcess> counties = List.of(jiangcheng, yangdong);
		List<NodeSchema> countySchemas = List.of(jiangchengSchema, yangdongSchema);

		this.started.forEach(NodeProcess::start);
		this.started.forEach((node) -> node.awaitUp(START_TIMEOUT));
		awaitLinks(Duration.ofSeconds(60));
		long federationUp = System.nanoTime();

		this.traffic = new Traffic(province, counties, city);
		this.traffic.start();
		NodeProcess.sleep(8_000);
		assertThat(city.reportedPid()).as("the pid killed is the city's JVM").isEqualTo(city.pid());
		String atKill = this.traffic.ledger.toString();
		city.kill();
		long killed = System.nanoTime();
		assertThat(city.isAlive()).isFalse();

		NodeProcess.sleep(8_000);
		List<NodeSchema> senders = List.of(provinceSchema, jiangchengSchema, yangdongSchema);
		Map<String, long[]> logsAtRestart = logsFor(senders, "441700");
		String atRestart = this.traffic.ledger.toString();
		long restarting = System.nanoTime();
		city.start();
		city.awaitUp(START_TIMEOUT);
		long cityUp = System.nanoTime();
		awaitLinks(Duration.ofSeconds(60));
		long relinked = System.nanoTime();
		await(Duration.ofSeconds(90), "the outboxes held during the outage drained",
				() -> drained(senders, "441700", logsAtRestart));
		long caughtUp = System.nanoTime();
		NodeProcess.sleep(3_000);
		this.traffic.stop();
		long stopped = System.nanoTime();
		List<NodeSchema> all = List.of(provinceSchema, citySchema, jiangchengSchema, yangdongSchema);
		await(Duration.ofSeconds(90), "every log acknowledged", () -> quiet(all));
		long quiet = System.nanoTime();

		TrafficLedger ledger = this.traffic.ledger;
		assertThat(ledger.failures).as("requests that failed at running nodes").isEmpty();
		Map<String, Long> heldAtRestart = new LinkedHashMap<>();
		logsAtRestart.forEach((log, seqs) -> heldAtRestart.put(log, seqs[0] - seqs[1]));
		assertThat(heldAtRestart.values().stream().mapToLong(Long::longValue).sum())
			.as("entries the province and the counties held for the city while it was down")
			.isPositive();
		Map<String, Long> delivered = new ExactlyOnceCheck(provinceSchema, citySchema, countySchemas, ledger).verify();
		assertThat(ledger.tasks).as("tasks issued").hasSizeGreaterThan(10);
		assertThat(ledger.reports).as("reports written").hasSizeGreaterThan(10);
		assertThat(ledger.warnings).as("warnings raised").isNotEmpty();
		assertThat(this.traffic.writes.retried.get()).as("writes at the city whose answers the kill lost, sent again")
			.isPositive();
		assertThat(ledger.cityIntents).as("prompts the city's supervisor meant to raise").hasSizeGreaterThan(10);
		assertThat(ledger.cityPrompts).as("each answered").hasSameSizeAs(ledger.cityIntents);
		assertThat(onceEach(citySchema, "市级重试提示 ", ledger.cityIntents, (county) -> true)).as("at the city").isEmpty();
		for (NodeSchema county : countySchemas) {
			assertThat(onceEach(county, "市级重试提示 ", ledger.cityIntents, county.code()::equals)).as("at " + county)
				.isEmpty();
		}
		long controls = System.nanoTime();
		retryWithoutTheKeyDoublesAndTheCheckSeesIt(city, citySchema);

		StringBuilder summary = new StringBuilder();
		summary.append("NodeCrashProcessTests summary\n");
		summary.append("  written before the kill: ").append(atKill).append('\n');
		summary.append("  written before the restart: ").append(atRestart).append('\n');
		summary.append("  written in all: ").append(ledger).append('\n');
		summary.append("  held for the city at restart (unacknowledged entries): ").append(heldAtRestart).append('\n');
		summary.append("  entries delivered per link direction and channel: ").append(delivered).append('\n');
		summary.append("  writes sent again after a lost answer: ")
			.append(this.traffic.writes.retried)
			.append(", of which had taken effect (replayed): ")
			.append(this.traffic.writes.replayed)
			.append(String.format("; the negative control took %.1f s%n", seconds(controls, System.nanoTime())));
		summary.append(String.format("  federation up after %.1f s; city killed for %.1f s before its restart; "
				+ "UP %.1f s after its restart began; links connected %.1f s later; outage backlog acknowledged "
				+ "%.1f s after the city was UP; all logs acknowledged %.1f s after traffic stopped; "
				+ "whole test %.1f s%n", seconds(begin, federationUp), seconds(killed, restarting),
				seconds(restarting, cityUp), seconds(cityUp, relinked), seconds(cityUp, caughtUp),
				seconds(stopped, quiet), seconds(begin, System.nanoTime())));
		System.out.print(summary);
		Files.createDirectories(LOGS);
		Files.writeString(LOGS.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
	}

	/**
	 * Each prompt the client meant to raise is held by the node exactly once, counted by
	 * its title.
	 * @return the titles held another number of times, with that number
	 */
	private static List<String> onceEach(NodeSchema node, String prefix, Map<String, String> intents,
			java.util.function.Predicate<String> addressedHere) {
		Map<String, Long> held = new LinkedHashMap<>();
		for (Map<String, Object> row : node
			.rows("SELECT title, COUNT(*) AS n FROM alert WHERE title LIKE ? GROUP BY title", prefix + "%")) {
			held.put((String) row.get("title"), ((Number) row.get("n")).longValue());
		}
		List<String> wrong = new ArrayList<>();
		intents.forEach((title, county) -> {
			long expected = addressedHere.test(county) ? 1 : 0;
			long count = held.getOrDefault(title, 0L);
			if (count != expected) {
				wrong.add(title + " held " + count + " times");
			}
		});
		held.keySet()
			.stream()
			.filter((title) -> !intents.containsKey(title))
			.forEach((title) -> wrong.add(title + " never meant"));
		return wrong;
	}

	/**
	 * The negative control: the same prompt sent twice without a key is raised twice, and
	 * the check finds it; sent twice under one key, once.
	 */
	private static void retryWithoutTheKeyDoublesAndTheCheckSeesIt(NodeProcess city, NodeSchema citySchema) {
		org.springframework.web.client.RestClient supervisor = Traffic.supervisor(city);
		Map<String, Object> keyless = Map.of("kind", "PROMPT", "toNode", "441704", "title", "对照提示 无键");
		supervisor.post().uri("/api/v1/alerts").body(keyless).retrieve().toBodilessEntity();
		supervisor.post().uri("/api/v1/alerts").body(keyless).retrieve().toBodilessEntity();
		Map<String, Object> keyed = Map.of("kind", "PROMPT", "toNode", "441704", "title", "对照提示 有键");
		String key = java.util.UUID.randomUUID().toString();
		KeyedWrites.send(supervisor, key, "/api/v1/alerts", keyed);
		assertThat(KeyedWrites.send(supervisor, key, "/api/v1/alerts", keyed)
			.getHeaders()
			.getFirst("Idempotency-Replayed")).isEqualTo("true");
		assertThat(onceEach(citySchema, "对照提示 ", Map.of("对照提示 无键", "441704", "对照提示 有键", "441704"), (county) -> true))
			.as("the check finds the prompt sent again without its key, and only that one")
			.containsExactly("对照提示 无键 held 2 times");
	}

	private NodeProcess track(NodeProcess node) {
		this.started.add(node);
		return node;
	}

	/** Waits until every node reports every one of its links CONNECTED. */
	private void awaitLinks(Duration timeout) {
		Await.linksConnected(this.started, timeout, LOGS);
	}

	/** Each node's log for a peer, per channel: {last seq, acknowledged seq}. */
	private static Map<String, long[]> logsFor(List<NodeSchema> nodes, String peer) {
		Map<String, long[]> logs = new LinkedHashMap<>();
		for (NodeSchema node : nodes) {
			for (Map<String, Object> log : node
				.rows("SELECT channel, last_seq, acked_seq FROM fed_outbound_log WHERE peer_code = ?", peer)) {
				logs.put(node + "→" + peer + " " + log.get("channel"), new long[] {
						((Number) log.get("last_seq")).longValue(), ((Number) log.get("acked_seq")).longValue() });
			}
		}
		return logs;
	}

	/**
	 * Whether the peer acknowledged everything its senders had written by its restart.
	 */
	private static boolean drained(List<NodeSchema> nodes, String peer, Map<String, long[]> atRestart) {
		Map<String, long[]> now = logsFor(nodes, peer);
		return atRestart.entrySet().stream().allMatch((log) -> now.get(log.getKey())[1] >= log.getValue()[0]);
	}

	private static boolean quiet(List<NodeSchema> nodes) {
		return nodes.stream()
			.allMatch((node) -> node.number("SELECT COUNT(*) FROM fed_outbound_log WHERE acked_seq <> last_seq") == 0);
	}

	private static void await(Duration timeout, String what, BooleanSupplier condition) {
		Await.until(timeout, what, LOGS, condition);
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}
