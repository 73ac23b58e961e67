package org.ducha.deploy.upgrade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ducha.deploy.Await;
import org.ducha.deploy.ExactlyOnceCheck;
import org.ducha.deploy.FreePorts;
import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.NodeSchema;
import org.ducha.deploy.PackagedApp;
import org.ducha.node.testing.TestDatabase;
import org.ducha.node.testing.TestKeys;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Upgrading one node at a time (docs/operations.md, "4. Upgrading one node at a time"):
 * the province 440000 and the county 441702 run this build, the city 441700 and the
 * county 441704 the previous release (deploy/upgrade/previous-release), whose proto lacks
 * {@code AssessmentFormulaSet}. Under traffic both ways the province sets a formula: the
 * old city relays it intact to both counties and parks its own copy, the old county parks
 * its copy. The city is upgraded (this build's jar on its database and data folder) and
 * replays what it parked; a second formula then crosses a new city to the old county (the
 * reverse mismatch), which parks it; the county is upgraded and replays both in order.
 * Every link speaks version 1 while one end is old and 2 once both are new, and at the
 * end every node holds every record and formula once.
 */
class RollingUpgradeProcessTests {

	private static final Path LOGS = Path.of("target", "process-logs", "RollingUpgradeProcessTests");

	// patient: four JVMs of two releases start at once; on a shared 2-core machine under
	// load
	// each took about 290 s (an await that returns as soon as a node is UP costs nothing
	// more)
	private static final Duration START_TIMEOUT = Duration.ofSeconds(600);

	private static final Duration PATIENCE = Duration.ofSeconds(300);

	private final List<NodeProcess> started = new ArrayList<>();

	private UpgradeTraffic traffic;

	@AfterEach
	void killEverything() {
		if (this.traffic != null) {
			this.traffic.stop();
		}
		this.started.forEach(NodeProcess::close);
	}

	@Test
	void nodesUpgradedOneAtATimeRelayWhatTheyDoNotKnowAndReplayWhatTheyParkedOnce() throws IOException {
		long begin = System.nanoTime();
		PreviousRelease release = PreviousRelease.named();
		boolean cached = release.built();
		Path oldCityJar = release.jar(PackagedApp.CITY);
		Path oldCountyJar = release.jar(PackagedApp.COUNTY);
		long built = System.nanoTime();

		Path data = Path.of("target", "process-data", "upgrade-" + System.currentTimeMillis()).toAbsolutePath();
		NodeSchema provinceDb = new NodeSchema("440000", TestDatabase.newSchema("440000"));
		NodeSchema cityDb = new NodeSchema("441700", TestDatabase.newSchema("441700"));
		NodeSchema newCountyDb = new NodeSchema("441702", TestDatabase.newSchema("441702"));
		NodeSchema oldCountyDb = new NodeSchema("441704", TestDatabase.newSchema("441704"));
		int provinceLink = FreePorts.next();
		int cityLink = FreePorts.next();
		Map<String, Object> provinceProperties = NodeProcess.settings(provinceDb, data, provinceLink);
		provinceProperties.put("ducha.node.children", "441700");
		NodeProcess province = track(NodeProcess.of("440000", PackagedApp.PROVINCE, provinceProperties, LOGS));
		Map<String, Object> cityProperties = NodeProcess.settings(cityDb, data, cityLink);
		cityProperties.put("ducha.node.parent.code", "440000");
		cityProperties.put("ducha.node.parent.address", "127.0.0.1:" + provinceLink);
		cityProperties.put("ducha.node.children", "441702,441704");
		NodeProcess city = track(NodeProcess.of("441700", PackagedApp.CITY, cityProperties, LOGS))
			.runningJar(oldCityJar);
		NodeProcess newCounty = track(NodeProcess.of("441702", PackagedApp.COUNTY,
				NodeProcess.countySettings(newCountyDb, data, "江城区", cityLink), LOGS));
		NodeProcess oldCounty = track(NodeProcess.of("441704", PackagedApp.COUNTY,
				NodeProcess.countySettings(oldCountyDb, data, "阳东区", cityLink), LOGS))
			.runningJar(oldCountyJar);
		this.started.forEach(NodeProcess::start);
		this.started.forEach((node) -> node.awaitUp(START_TIMEOUT));
		awaitLinks();
		long federationUp = System.nanoTime();
		assertThat(versions(province)).as("a new province speaks version 1 to an old city").containsEntry("441700", 1);
		assertThat(versions(newCounty)).as("a new county speaks version 1 to an old city").containsEntry("441700", 1);

		this.traffic = new UpgradeTraffic(province, List.of(newCounty, oldCounty));
		this.traffic.start();
		Formulas formulas = new Formulas(province, provinceDb);
		formulas.set(1, 70);
		await("the new county applied formula 1 relayed by the old city", () -> holdsFormula(newCountyDb, 1));
		await("the old city and the old county parked formula 1",
				() -> parked(cityDb) == 1 && parked(oldCountyDb) == 1);
		assertThat(cityDb.number("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
				+ "AND table_name = 'assessment_formula'"))
			.as("the old city has no formula to apply it to")
			.isZero();
		assertThat(formulas.forwardedIntact(cityDb, "441702")).as("relayed byte for byte to the new county").isTrue();
		assertThat(formulas.forwardedIntact(cityDb, "441704")).as("relayed byte for byte to the old county").isTrue();
		assertThat(formulas.parkedIntact(oldCountyDb)).as("parked at the old county as the province wrote it").isTrue();
		await("traffic crossed the old city both ways", () -> this.traffic.ledger.reports.size() >= 5);

		long cityStopping = System.nanoTime();
		city.stop();
		city.runningJar(null).start().awaitUp(START_TIMEOUT);
		long cityUp = System.nanoTime();
		await("the upgraded city replayed formula 1", () -> holdsFormula(cityDb, 1) && parked(cityDb) == 0);
		awaitLinks();
		long cityRelinked = System.nanoTime();
		assertThat(versions(province)).as("both ends new: version 2").containsEntry("441700", 2);
		assertThat(versions(city)).containsEntry("440000", 2).containsEntry("441702", 2).containsEntry("441704", 1);

		formulas.set(2, 60);
		await("the new city and county applied formula 2",
				() -> holdsFormula(cityDb, 2) && holdsFormula(newCountyDb, 2));
		await("the old county parked formula 2 under the new city", () -> parked(oldCountyDb) == 2);
		await("traffic crossed the new city both ways", () -> this.traffic.ledger.reports.size() >= 10);
		this.traffic.stop();
		List<NodeSchema> all = List.of(provinceDb, cityDb, newCountyDb, oldCountyDb);
		await("every log acknowledged", () -> quiet(all));

		long countyStopping = System.nanoTime();
		oldCounty.stop();
		oldCounty.runningJar(null).start().awaitUp(START_TIMEOUT);
		long countyUp = System.nanoTime();
		await("the upgraded county replayed formulas 1 and 2",
				() -> holdsFormula(oldCountyDb, 1) && holdsFormula(oldCountyDb, 2) && parked(oldCountyDb) == 0);
		awaitLinks();
		assertThat(versions(city)).as("every link new: version 2").containsEntry("441704", 2);
		await("every log acknowledged after the upgrades", () -> quiet(all));
		assertThat(formulas.appliedInOrder(oldCountyDb)).as("replayed in the order they arrived").isTrue();

		UpgradeTraffic.Ledger ledger = this.traffic.ledger;
		assertThat(ledger.failures).as("requests that failed").isEmpty();
		assertThat(ledger.tasks).as("tasks issued").hasSizeGreaterThan(5);
		assertThat(ledger.warnings).as("warnings raised").hasSizeGreaterThan(5);
		Map<String, Long> delivered = new ExactlyOnceCheck(provinceDb, cityDb, List.of(newCountyDb, oldCountyDb))
			.verifyLinks();
		assertThat(delivered.values().stream().mapToLong(Long::longValue).sum()).as("entries delivered").isPositive();
		UpgradeRecords records = new UpgradeRecords(provinceDb, cityDb, List.of(newCountyDb, oldCountyDb), ledger,
				Set.of("1", "2"));
		records.verify();
		// negative control: a formula the county lost makes the same check fail
		oldCountyDb.update("DELETE FROM assessment_formula_rule WHERE version = 1");
		oldCountyDb.update("DELETE FROM assessment_formula WHERE version = 1");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(records::verify)
			.withMessageContaining("441704 holds each formula version once");

		String summary = String.format("RollingUpgradeProcessTests summary%n  previous release %s, %s in %.1f s%n"
				+ "  traffic: %s%n  entries delivered per link direction and channel: %s%n"
				+ "  federation of two releases up %.1f s after the jars; city stopped and UP on the new jar in %.1f s, "
				+ "links connected and parked events replayed %.1f s later; county stopped and UP on the new jar in "
				+ "%.1f s; whole test %.1f s%n", release.commit(), cached ? "cached" : "built", seconds(begin, built),
				ledger, delivered, seconds(built, federationUp), seconds(cityStopping, cityUp),
				seconds(cityUp, cityRelinked), seconds(countyStopping, countyUp), seconds(begin, System.nanoTime()));
		System.out.print(summary);
		Files.createDirectories(LOGS);
		Files.writeString(LOGS.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
	}

	private NodeProcess track(NodeProcess node) {
		this.started.add(node);
		return node;
	}

	private static List<Map<String, Object>> links(NodeProcess node) {
		return node.api(TestKeys.token("admin-" + node.code(), node.code(), null, "sysadmin"))
			.get()
			.uri("/api/v1/federation/links")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	/** The protocol version each link of a node of this build speaks, by peer. */
	private static Map<String, Integer> versions(NodeProcess node) {
		Map<String, Integer> versions = new LinkedHashMap<>();
		links(node).forEach((link) -> versions.put((String) link.get("peer"),
				(link.get("protocolVersion") != null) ? ((Number) link.get("protocolVersion")).intValue() : null));
		return versions;
	}

	private void awaitLinks() {
		await("every link connected", () -> this.started.stream()
			.allMatch((node) -> links(node).stream().allMatch((link) -> "CONNECTED".equals(link.get("state")))));
	}

	private static boolean holdsFormula(NodeSchema node, int version) {
		return node.number("SELECT COUNT(*) FROM assessment_formula WHERE version = ?", version) == 1;
	}

	private static long parked(NodeSchema node) {
		return node.number("SELECT COUNT(*) FROM fed_parked_event");
	}

	private static boolean quiet(List<NodeSchema> nodes) {
		return nodes.stream()
			.allMatch((node) -> node.number("SELECT COUNT(*) FROM fed_outbound_log WHERE acked_seq <> last_seq") == 0);
	}

	private static void await(String what, BooleanSupplier condition) {
		Await.until(PATIENCE, what, LOGS, condition);
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}
