package org.ducha.deploy.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ducha.deploy.NodeProcess;

/**
 * Debian's MariaDB server as the restore drill runs it: its own data folder under
 * {@code target/}, its binary log in another folder (the disk that survives when the data
 * is lost), bound to 127.0.0.1 on a free port, started and stopped as a process of the
 * test.
 */
final class MariaDbServer implements AutoCloseable {

	static final String USER = "ducha";

	static final String PASSWORD = "ducha-drill";

	private static final List<String> TOOLS = List.of("mariadbd", "mariadb-install-db", "mariadb-backup",
			"mariadb-binlog", "mariadb");

	private final Path dir;

	private final int port;

	private final List<Process> started = new ArrayList<>();

	private Process process;

	MariaDbServer(Path dir, int port) {
		this.dir = dir;
		this.port = port;
	}

	/**
	 * Fails, saying what installs them, when the server's programs are missing: the drill
	 * is never skipped.
	 */
	static void requireTools() {
		List<String> missing = TOOLS.stream().filter((tool) -> which(tool) == null).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The restore drill needs Debian's MariaDB server: " + missing
					+ " not found. .ci/run installs them: apt-get install -y mariadb-server mariadb-backup");
		}
	}

	static Path which(String tool) {
		for (String folder : (System.getenv("PATH") + ":/usr/sbin:/usr/bin").split(":")) {
			Path candidate = Path.of(folder, tool);
			if (!folder.isEmpty() && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	Path data() {
		return this.dir.resolve("data");
	}

	Path binlogs() {
		return this.dir.resolve("binlog");
	}

	/** The client option file the scripts read: the socket and the administrator. */
	Path clientOptions() {
		return this.dir.resolve("client.cnf");
	}

	String jdbcUrl(String schema) {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + schema + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
				+ "&rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
	}

	/**
	 * Creates the data folder, starts the server and creates the node's schema and user.
	 */
	void install(String schema) {
		try {
			Files.createDirectories(binlogs());
			Files.createDirectories(data());
			Path socket = this.dir.resolve("mysqld.sock");
			Files.writeString(this.dir.resolve("my.cnf"),
					String.join("\n", "[mysqld]", "datadir=" + data(), "socket=" + socket, "port=" + this.port,
							"bind-address=127.0.0.1", "user=root", "pid-file=" + this.dir.resolve("mysqld.pid"),
							"log-bin=" + binlogs().resolve("binlog"), "binlog_format=ROW", "server_id=1",
							"innodb_flush_log_at_trx_commit=1", "sync_binlog=1", "character_set_server=utf8mb4",
							"collation_server=utf8mb4_unicode_ci", "transaction_isolation=READ-COMMITTED",
							"default_time_zone='+00:00'", "skip_name_resolve=ON", "innodb_buffer_pool_size=64M",
							"max_connections=100", ""),
					StandardCharsets.UTF_8);
			Files.writeString(clientOptions(), String.join("\n", "[client]", "socket=" + socket, "user=root", ""),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		run(List.of(which("mariadb-install-db").toString(), "--no-defaults", "--datadir=" + data(),
				"--auth-root-authentication-method=normal", "--skip-test-db"), this.dir.resolve("install.log"));
		start();
		sql("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE USER '" + USER
				+ "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'; GRANT ALL ON " + schema + ".* TO '" + USER
				+ "'@'127.0.0.1'");
	}

	/** Starts the server on its data folder and waits until it accepts connections. */
	void start() {
		List<String> command = List.of(which("mariadbd").toString(), "--defaults-file=" + this.dir.resolve("my.cnf"));
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.dir.resolve("server-" + (this.started.size() + 1) + ".log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.started.add(this.process);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"mariadbd exited with " + this.process.exitValue() + "; see " + this.dir);
			}
			try {
				run(List.of(which("mariadb").toString(), "--defaults-extra-file=" + clientOptions(), "-e", "SELECT 1"),
						this.dir.resolve("sql.log"));
				return;
			}
			catch (IllegalStateException ex) {
				NodeProcess.sleep(200);
			}
		}
		throw new IllegalStateException("mariadbd did not accept connections within 60 s; see " + this.dir);
	}

	/** {@code kill -9} of the server, then its data folder deleted: the data is lost. */
	void loseData() {
		this.process.destroyForcibly();
		waitFor(this.process);
		try (Stream<Path> files = Files.walk(data())) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs statements as the administrator, through the socket. */
	void sql(String statements) {
		run(List.of(which("mariadb").toString(), "--defaults-extra-file=" + clientOptions(), "-e", statements),
				this.dir.resolve("sql.log"));
	}

	/** Runs a command to its end; fails with its output when it fails. */
	static String run(List<String> command, Path log, String... environment) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		for (int i = 0; i + 1 < environment.length; i += 2) {
			builder.environment().put(environment[i], environment[i + 1]);
		}
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
			Files.writeString(log, output, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.started.forEach(Process::destroyForcibly);
		this.started.forEach(MariaDbServer::waitFor);
	}

	private static void waitFor(Process process) {
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
