package org.ducha.deploy.restore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ducha.deploy.Await;
import org.ducha.deploy.ExactlyOnceCheck;
import org.ducha.deploy.FreePorts;
import org.ducha.deploy.NodeProcess;
import org.ducha.deploy.NodeSchema;
import org.ducha.deploy.PackagedApp;
import org.ducha.node.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill (docs/operations.md, "3. Restoring a node's database"): the city runs
 * on Debian's MariaDB server of its own, connected with Connector/J as in production, the
 * province and a county on the test database. The city's server is backed up with
 * {@code deploy/production/mysql/backup.sh}, the federation keeps working, the server
 * loses its data and {@code restore.sh} restores it — once to its last transaction (the
 * backup and the binary log), once to the older backup only. Both times the links heal by
 * themselves and every record is held exactly once where it belongs; after the older
 * backup the county lists what the city had originated and lost, and the city sets aside
 * the county's signings and reports on the tasks it lost ({@code NOT_HELD}).
 */
class RestoreDrillProcessTests {

	private static final Path SCRIPTS = Path.of(System.getProperty("ducha.repository.root", ".."), "deploy",
			"production", "mysql");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(420);

	private static final String CITY = "441700";

	private static final String COUNTY = "441704";

	private final List<NodeProcess> started = new ArrayList<>();

	private MariaDbServer server;

	/** Where the nodes write their logs, named when an await times out. */
	private Path logs = Path.of("target", "restore-drill");

	@AfterEach
	void stopEverything() {
		this.started.forEach(NodeProcess::close);
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void cityRestoredToItsLastTransactionAndToAnOlderBackupHealsItsLinksAndLosesNothingElsewhere() throws IOException {
		MariaDbServer.requireTools();
		long begin = System.nanoTime();
		Path root = Path.of("target", "restore-drill", String.valueOf(System.currentTimeMillis())).toAbsolutePath();
		this.logs = root.resolve("logs");
		Path logs = this.logs;
		this.server = new MariaDbServer(root.resolve("mariadb"), FreePorts.next());
		this.server.install("ducha_" + CITY);
		NodeSchema provinceSchema = new NodeSchema("440000", TestDatabase.newSchema("440000"));
		NodeSchema citySchema = new NodeSchema(CITY, "ducha_" + CITY, this.server.jdbcUrl("ducha_" + CITY),
				MariaDbServer.USER, MariaDbServer.PASSWORD);
		NodeSchema countySchema = new NodeSchema(COUNTY, TestDatabase.newSchema(COUNTY));
		int provinceLink = FreePorts.next();
		int cityLink = FreePorts.next();
		Map<String, Object> provinceProperties = NodeProcess.settings(provinceSchema, root.resolve("data"),
				provinceLink);
		provinceProperties.put("ducha.node.children", CITY);
		Map<String, Object> cityProperties = NodeProcess.settings(citySchema, root.resolve("data"), cityLink);
		database(cityProperties, this.server.jdbcUrl("ducha_" + CITY), MariaDbServer.USER, MariaDbServer.PASSWORD);
		cityProperties.put("ducha.node.parent.code", "440000");
		cityProperties.put("ducha.node.parent.address", "127.0.0.1:" + provinceLink);
		cityProperties.put("ducha.node.children", COUNTY);
		Map<String, Object> countyProperties = NodeProcess.settings(countySchema, root.resolve("data"),
				FreePorts.next());
		countyProperties.put("ducha.node.name", "阳东区");
		countyProperties.put("ducha.node.parent.code", CITY);
		countyProperties.put("ducha.node.parent.address", "127.0.0.1:" + cityLink);
		NodeProcess province = track(NodeProcess.of("440000", PackagedApp.PROVINCE, provinceProperties, logs));
		NodeProcess city = track(NodeProcess.of(CITY, PackagedApp.CITY, cityProperties, logs));
		NodeProcess county = track(NodeProcess.of(COUNTY, PackagedApp.COUNTY, countyProperties, logs));
		this.started.forEach(NodeProcess::start);
		this.started.forEach((node) -> node.awaitUp(START_TIMEOUT));
		awaitLinks(Duration.ofSeconds(180));
		List<NodeSchema[]> all = List.of(new NodeSchema[] { provinceSchema, citySchema },
				new NodeSchema[] { citySchema, provinceSchema }, new NodeSchema[] { citySchema, countySchema },
				new NodeSchema[] { countySchema, citySchema });
		long federationUp = System.nanoTime();

		DrillTraffic traffic = new DrillTraffic(province, city, county);
		traffic.round(2, 1);
		awaitHealed(all);
		long backupStart = System.nanoTime();
		Path backups = root.resolve("backups");
		String backupOutput = script(root, "backup.sh", List.of(CITY), "BACKUP_DIR", backups.toString());
		long backupSeconds10 = tenths(backupStart);
		Path backup = backupDirectory(backups);
		List<String> cityTasksAfterBackup = new ArrayList<>(traffic.round(2, 2));
		awaitHealed(all);

		// 1. to the last transaction: the backup and the binary log, which lay on another
		// disk
		city.kill();
		this.server.loseData();
		long restoreStart = System.nanoTime();
		restoreFiles(root, backup);
		this.server.start();
		script(root, "restore.sh", List.of("replay", backup.toString(), this.server.binlogs().toString()),
				"MYSQL_DEFAULTS", this.server.clientOptions().toString());
		long restoredLast10 = tenths(restoreStart);
		long healStart = System.nanoTime();
		city.start().awaitUp(START_TIMEOUT);
		awaitLinks(Duration.ofSeconds(180));
		awaitHealed(all);
		long healedLast10 = tenths(healStart);
		Map<String, Long> delivered = new ExactlyOnceCheck(provinceSchema, citySchema, List.of(countySchema))
			.verifyLinks();
		records(provinceSchema, citySchema, countySchema, traffic, Set.copyOf(traffic.cityTasks.keySet()), Set.of())
			.assertAll();
		assertThat(
				citySchema.number("SELECT COUNT(*) FROM audit_event WHERE action IN ('LOG_RENEWED', 'PEER_RESTORED')")
						+ countySchema.number("SELECT COUNT(*) FROM fed_lost_entry"))
			.as("nothing was lost: no log renewed, nothing listed")
			.isZero();
		assertThat(citySchema.number("SELECT COUNT(*) FROM fed_quarantine")
				+ countySchema.number("SELECT COUNT(*) FROM fed_quarantine"))
			.as("nothing set aside")
			.isZero();

		// 2. to the older backup only: what the city wrote after it is gone there
		cityTasksAfterBackup.addAll(traffic.round(2, 2));
		awaitHealed(all);
		city.kill();
		this.server.loseData();
		long olderStart = System.nanoTime();
		restoreFiles(root, backup);
		this.server.start();
		long restoredOlder10 = tenths(olderStart);
		long healOlderStart = System.nanoTime();
		city.start().awaitUp(START_TIMEOUT);
		awaitLinks(Duration.ofSeconds(180));
		awaitHealed(all);
		long healedOlder10 = tenths(healOlderStart);
		ExactlyOnceCheck healed = new ExactlyOnceCheck(provinceSchema, citySchema, List.of(countySchema));
		Map<String, Long> written = healed.verifyHealed();
		Set<String> keptByCity = new HashSet<>(traffic.cityTasks.keySet());
		keptByCity.removeAll(cityTasksAfterBackup);
		records(provinceSchema, citySchema, countySchema, traffic, keptByCity, Set.copyOf(cityTasksAfterBackup))
			.assertAll();
		List<String> lost = countySchema.column(
				"SELECT event_id FROM fed_lost_entry WHERE peer_code = ? AND origin_node = ? AND channel = 'task'",
				CITY, CITY);
		assertThat(lost).as("the city's tasks issued after the backup, listed by the county as lost at the city")
			.hasSizeGreaterThanOrEqualTo(cityTasksAfterBackup.size());
		assertThat(countySchema.column("SELECT detail FROM audit_event WHERE action = 'PEER_RESTORED'"))
			.as("the county's audit says the city was restored")
			.isNotEmpty();
		// the county's signings and reports on the tasks the city lost: set aside by the
		// city, which would own them, and the county told so in the Ack
		List<String> setAside = citySchema.column(
				"SELECT cause FROM fed_quarantine WHERE side = 'IN' AND peer_code = ? AND channel = 'report'", COUNTY);
		assertThat(setAside).as("the city set aside a signing and a report per task it lost, as NOT_HELD")
			.hasSize(2 * cityTasksAfterBackup.size())
			.containsOnly("NOT_HELD");
		assertThat(countySchema.column("SELECT cause FROM fed_quarantine WHERE side = 'OUT' AND peer_code = ?", CITY))
			.as("the county learnt it from the city's Ack")
			.hasSize(setAside.size())
			.containsOnly("NOT_HELD");
		assertThat(provinceSchema.number("SELECT COUNT(*) FROM fed_quarantine")).as("nothing set aside at the province")
			.isZero();

		// the checks can fail: a cursor one entry behind its log is caught
		countySchema.update("UPDATE fed_inbound_cursor SET applied_seq = applied_seq - 1 WHERE channel = 'task'");
		assertThatThrownBy(() -> new ExactlyOnceCheck(provinceSchema, citySchema, List.of(countySchema)).verifyHealed())
			.hasMessageContaining("applied through");
		citySchema.update("DELETE FROM progress_report WHERE id = ?", traffic.reports.get(0));
		assertThatThrownBy(() -> records(provinceSchema, citySchema, countySchema, traffic, keptByCity,
				Set.copyOf(cityTasksAfterBackup))
			.assertAll()).hasMessageContaining("progress_report");

		String summary = String.format("RestoreDrillProcessTests summary%n  %s%n"
				+ "  federation up after %.1f s; backup.sh %.1f s; restore to the last transaction (files + binary log "
				+ "replay) %.1f s, links healed and every log acknowledged %.1f s after the city's restart began; "
				+ "restore to the older backup %.1f s, healed %.1f s after the restart began; whole test %.1f s%n"
				+ "  delivered after the first restore: %s%n  written after the second: %s%n"
				+ "  city tasks issued after the backup: %d, listed lost by the county: %d; the county's signings and "
				+ "reports on them set aside by the city: %d%n", backupOutput.strip().replace('\n', ' '),
				seconds(begin, federationUp), backupSeconds10 / 10.0, restoredLast10 / 10.0, healedLast10 / 10.0,
				restoredOlder10 / 10.0, healedOlder10 / 10.0, seconds(begin, System.nanoTime()), delivered, written,
				cityTasksAfterBackup.size(), lost.size(), setAside.size());
		System.out.print(summary);
		Files.createDirectories(logs);
		Files.writeString(logs.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
	}

	/**
	 * Each record of the drill is held exactly by the nodes that should hold it: the
	 * province's tasks and the county's signings and reports on them everywhere; the
	 * city's tasks and the county's signings and reports on them at the city and the
	 * county, except those the city lost, which the county keeps.
	 */
	private static SoftAssertions records(NodeSchema province, NodeSchema city, NodeSchema county, DrillTraffic traffic,
			Set<String> heldByCity, Set<String> lostByCity) {
		SoftAssertions softly = new SoftAssertions();
		Set<String> provinceTasks = traffic.provinceTasks.keySet();
		Set<String> atCity = new HashSet<>(provinceTasks);
		atCity.addAll(heldByCity);
		Set<String> atCounty = new HashSet<>(atCity);
		atCounty.addAll(lostByCity);
		Map<NodeSchema, Set<String>> tasks = Map.of(province, Set.copyOf(provinceTasks), city, atCity, county,
				atCounty);
		for (NodeSchema node : List.of(province, city, county)) {
			Set<String> held = tasks.get(node);
			softly.assertThat(node.column("SELECT id FROM task"))
				.as(node + " holds exactly its task rows")
				.containsExactlyInAnyOrderElementsOf(held);
			List<String> reports = new ArrayList<>(traffic.reports);
			List<String> signed = new ArrayList<>(traffic.provinceTasks.values());
			traffic.cityReports.forEach((task, report) -> {
				if (held.contains(task)) {
					reports.add(report);
					signed.add(traffic.cityTasks.get(task));
				}
			});
			softly.assertThat(node.column("SELECT id FROM progress_report"))
				.as(node + " holds exactly its progress_report rows")
				.containsExactlyInAnyOrderElementsOf(reports);
			softly.assertThat(node.column("SELECT id FROM assignment WHERE status <> 'PENDING_SIGN'"))
				.as(node + ": the assignments signed")
				.containsExactlyInAnyOrderElementsOf(signed);
		}
		return softly;
	}

	private void restoreFiles(Path root, Path backup) {
		script(root, "restore.sh", List.of("files", backup.toString()), "CONFIRM", "yes", "DATADIR",
				this.server.data().toString(), "MYSQL_USER", "");
	}

	private static String script(Path root, String name, List<String> arguments, String... environment) {
		List<String> command = new ArrayList<>();
		command.add("bash");
		command.add(SCRIPTS.resolve(name).toAbsolutePath().normalize().toString());
		command.addAll(arguments);
		List<String> env = new ArrayList<>(List.of(environment));
		if (!env.contains("MYSQL_DEFAULTS")) {
			env.addAll(List.of("MYSQL_DEFAULTS", root.resolve("mariadb").resolve("client.cnf").toString()));
		}
		return MariaDbServer.run(command, root.resolve("scripts.log"), env.toArray(String[]::new));
	}

	private static Path backupDirectory(Path backups) throws IOException {
		try (var folders = Files.list(backups.resolve("ducha_" + CITY))) {
			return folders.filter(Files::isDirectory).sorted().reduce((first, second) -> second).orElseThrow();
		}
	}

	private NodeProcess track(NodeProcess node) {
		this.started.add(node);
		return node;
	}

	private static void database(Map<String, Object> properties, String url, String user, String password) {
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", user);
		properties.put("spring.datasource.password", password);
	}

	private void awaitLinks(Duration timeout) {
		Await.linksConnected(this.started, timeout, this.logs);
	}

	/**
	 * Every log acknowledged to its end and applied through it by the receiver, on the
	 * log's epoch, every cursor accepting entries. The logs' own figures are not enough:
	 * right after a restore, the neighbours' logs still say acknowledged by what the
	 * restored node no longer has.
	 */
	private void awaitHealed(List<NodeSchema[]> links) {
		Await.until(Duration.ofSeconds(240), "every log acknowledged and applied through its end", this.logs, () -> {
			for (NodeSchema[] link : links) {
				NodeSchema sender = link[0];
				NodeSchema receiver = link[1];
				for (Map<String, Object> log : sender.rows(
						"SELECT channel, epoch, last_seq, acked_seq FROM fed_outbound_log WHERE peer_code = ?",
						receiver.code())) {
					long last = ((Number) log.get("last_seq")).longValue();
					if (((Number) log.get("acked_seq")).longValue() != last || receiver.number(
							"SELECT COUNT(*) FROM fed_inbound_cursor WHERE peer_code = ? AND channel = ? AND epoch = ? "
									+ "AND applied_seq = ? AND state = 'OK'",
							sender.code(), log.get("channel"), log.get("epoch"), last) != 1) {
						return false;
					}
				}
			}
			return true;
		});
	}

	private static long tenths(long since) {
		return (System.nanoTime() - since) / 100_000_000;
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}
