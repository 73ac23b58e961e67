package org.ducha.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.ducha.node.database.EmbeddedMariaDb;
import org.ducha.node.federation.FederationSettings;

/**
 * Runs the benchmark (issue 7) and writes its table to {@code bench/results/}. Run from
 * the repository's root: {@code java -jar bench/target/ducha-bench-<version>-bench.jar
 * [--quick] [--rounds N] [--only 2|5|7] [--jfr] [--growth COPIES] [--results DIR] [--data DIR]}.
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals(CountyProcess.COMMAND)) {
			CountyProcess.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		BenchOptions options = BenchOptions.parse(args);
		long started = System.nanoTime();
		Files.createDirectories(options.data());
		deleteRecursively(options.data().resolve("nodes"));
		System.out.println("Starting the embedded MariaDB (durable commits) in " + options.data());
		EmbeddedMariaDb database = EmbeddedMariaDb.start(options.data().resolve("mariadb"), true);
		Runtime.getRuntime().addShutdownHook(new Thread(database::close, "bench-mariadb-stop"));
		dropBenchSchemas(database.serverUrl());
		BenchNode.Site site = new BenchNode.Site(options.data(), database.serverUrl());
		site.prepare();
		Report report = new Report();
		report.environment("run", options.quick() ? "--quick (a smoke run: small sizes, figures not comparable)"
				: "full, " + options.rounds() + " rounds");
		MachineInfo.record(report, database.serverUrl());
		BenchFederation federation = null;
		if (!"5".equals(options.only())) {
			System.out.println("Starting province, city and county nodes");
			federation = BenchFederation.start(site);
			describeLinkEngine(report, federation.province.bean(FederationSettings.class));
			if (options.only() != null) {
				report.note("Only scenario " + options.only() + " ran (--only)"
						+ (options.only().equals("2") ? ", with its anchors" : "")
						+ "; the other scenarios' figures are not here.");
			}
			runOthers(report, federation, site, options);
		}
		else {
			report
				.note("Only scenario " + options.only() + " ran (--only); the other scenarios' figures are not here.");
			scenario(report, "5 fan-out at Guangdong scale", () -> new FanOut(site, options).run(report));
		}
		Goals.addTo(report);
		report.environment("run time", String.format("%.0f s", (System.nanoTime() - started) / 1e9));
		String name = (options.quick() ? "latest-quick" : "latest")
				+ ((options.only() != null) ? "-" + options.only() : "");
		report.write(options.results(), name);
		System.out.println();
		System.out.println(report.markdown());
		System.out.println("Written to " + options.results().resolve(name + ".md") + " and .json");
		if (federation != null) {
			federation.close();
		}
		System.exit(0);
	}

	/** Scenarios 1–6 on the federation of province, city and county. */
	private static void runOthers(Report report, BenchFederation federation, BenchNode.Site site,
			BenchOptions options) {
		if ("7".equals(options.only())) {
			// alone, so that no backlog another scenario left behind drains during its
			// rounds
			scenario(report, "7 cost as tables grow", () -> new TableGrowth(federation, site, options).run(report));
			return;
		}
		FederationSettings settings = federation.province.bean(FederationSettings.class);
		DatabaseAnchor anchor = new DatabaseAnchor(site.url("bench_anchor"), settings.batchEntries(),
				Events.taskIssued(BenchFederation.CITY).event().toByteArray());
		SetBasedAnchor setBased = new SetBasedAnchor(site.url("bench_anchor_set"), "bench_" + BenchFederation.CITY,
				settings.batchEntries());
		Profile profile = Profile.create(options.jfr(), options.data().resolve("jfr"));
		scenario(report, "1+2 database anchors and link throughput",
				() -> new LinkThroughput(federation, anchor, setBased, options, profile).run(report));
		if (profile != null) {
			profile.addTo(report);
		}
		if (options.only() != null) {
			return;
		}
		scenario(report, "3 end-to-end latency", () -> new EndToEndLatency(federation, options).run(report));
		scenario(report, "4 catch-up", () -> new CatchUp(federation, options).run(report));
		scenario(report, "5 fan-out at Guangdong scale", () -> new FanOut(site, options).run(report));
		scenario(report, "6 footprint", () -> new Footprint(federation, site, options).run(report));
		// last: the million copies it writes into the city would weigh on the others
		scenario(report, "7 cost as tables grow", () -> new TableGrowth(federation, site, options).run(report));
	}

	static void describeLinkEngine(Report report, FederationSettings settings) {
		report.environment("link engine", "defaults: batch-entries=" + settings.batchEntries() + ", batch-bytes="
				+ settings.batchBytes() + ", window=" + settings.window() + "; TLS and node tokens on every link");
	}

	/** A step of the run; a scenario that fails is reported, and the others still run. */
	interface Scenario {

		void run() throws Exception;

	}

	private static void scenario(Report report, String name, Scenario scenario) {
		System.out.println("Scenario " + name);
		long started = System.nanoTime();
		try {
			scenario.run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			report.note("Scenario " + name + " failed: " + ex);
		}
		System.out.printf("  (%.0f s)%n", (System.nanoTime() - started) / 1e9);
	}

	/** The command that starts this program again in a new JVM with other JVM options. */
	static List<String> javaCommand(String... jvmOptions) {
		String javaBinary = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("java.class.path");
		List<String> command = new ArrayList<>();
		command.add(javaBinary);
		command.addAll(List.of(jvmOptions));
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, BenchMain.class.getName()));
		}
		return command;
	}

	/** Every run starts from empty schemas. */
	private static void dropBenchSchemas(String serverUrl) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
				Statement statement = connection.createStatement()) {
			List<String> schemas = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("SHOW DATABASES LIKE 'bench\\_%'")) {
				while (rows.next()) {
					schemas.add(rows.getString(1));
				}
			}
			for (String schema : schemas) {
				statement.execute("DROP DATABASE `" + schema + "`");
			}
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
