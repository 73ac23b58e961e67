package org.ducha.deploy.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.ducha.deploy.LoopbackPorts;

/**
 * One Keycloak server ({@code kc.sh start-dev}) of the cached
 * {@link KeycloakDistribution}, bound to 127.0.0.1 on its own HTTP and management ports,
 * with realm files imported at start ({@link RealmImport}). Its log, the realm files it
 * imports and its transaction log live in a work folder of its own; its database is in
 * memory (fresh at every start: tests) or in a data folder that outlives it (the local
 * federation).
 * <p>
 * {@link #start()} waits for {@code /health/ready}; {@link #close()} stops the server and
 * whatever it started, and a shutdown hook kills it if the JVM exits first.
 */
public final class KeycloakServer implements AutoCloseable {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Builder settings;

	private final int httpPort;

	private final int managementPort;

	private final Path log;

	private Process process;

	private Thread shutdownHook;

	private Duration startupTime;

	private KeycloakServer(Builder settings) {
		this.settings = settings;
		this.httpPort = (settings.httpPort > 0) ? settings.httpPort : LoopbackPorts.next();
		this.managementPort = (settings.managementPort > 0) ? settings.managementPort : LoopbackPorts.next();
		this.log = settings.workDir.resolve("keycloak.log");
	}

	/** Settings of a server of the given distribution. */
	public static Builder builder(KeycloakDistribution distribution) {
		return new Builder(distribution);
	}

	/**
	 * Installs the distribution if needed, starts the server and waits until it is ready.
	 * @return this server, ready
	 * @throws IllegalStateException when the server exits or is not ready in time (the
	 * message has the end of its log)
	 */
	public synchronized KeycloakServer start() {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException("Keycloak is running already");
		}
		Path home = this.settings.distribution.install();
		long started = System.nanoTime();
		try {
			Files.createDirectories(this.settings.workDir);
			Path importDir = RealmImport.prepare(this.settings.workDir.resolve("import"), this.settings.realmFiles,
					baseUrl());
			ProcessBuilder builder = new ProcessBuilder(command(home, importDir)).directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(this.log.toFile());
			Map<String, String> environment = builder.environment();
			prepareEnvironment(environment, this.settings.workDir);
			environment.put("JAVA_OPTS_APPEND", String.join(" ", this.settings.javaOptions) + " "
					+ environment.get("JAVA_OPTS_APPEND") + " -Dkeycloak.migration.dir=" + importDir);
			environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", this.settings.adminUsername);
			environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", this.settings.adminPassword);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Keycloak from " + home, ex);
		}
		Process running = this.process;
		this.shutdownHook = new Thread(() -> stop(running.toHandle(), Duration.ofSeconds(5)), "keycloak-stop");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		try {
			awaitReady(started);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
		this.startupTime = Duration.ofNanos(System.nanoTime() - started);
		return this;
	}

	private List<String> command(Path home, Path importDir) {
		List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev"));
		command.addAll(KeycloakDistribution.BUILD_OPTIONS);
		command.add("--db-url=" + databaseUrl());
		command.add("--http-host=127.0.0.1");
		command.add("--http-port=" + this.httpPort);
		command.add("--http-management-port=" + this.managementPort);
		command.add("--hostname=" + baseUrl());
		command.add("--log=console");
		command.add("--log-console-color=false");
		if (!this.settings.realmFiles.isEmpty()) {
			command.add("--import-realm");
		}
		return command;
	}

	private String databaseUrl() {
		if (this.settings.dataDir == null) {
			return "jdbc:h2:mem:keycloak;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1";
		}
		return "jdbc:h2:file:" + this.settings.dataDir.toAbsolutePath().resolve("keycloak") + ";NON_KEYWORDS=VALUE";
	}

	/**
	 * The environment of a Keycloak process: the JDK of this JVM, nothing inherited that
	 * could configure Keycloak behind our back, and the transaction log in the given
	 * folder rather than in the shared distribution.
	 */
	static void prepareEnvironment(Map<String, String> environment, Path workDir) {
		environment.keySet()
			.removeIf((name) -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_") || name.startsWith("QUARKUS_")
					|| name.startsWith("JAVA_OPTS"));
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("JAVA_OPTS_APPEND",
				(System.getProperty("ducha.keycloak.java-options", "")
						+ " -Dquarkus.transaction-manager.object-store.directory="
						+ workDir.toAbsolutePath().resolve("transaction-logs"))
					.trim());
	}

	private void awaitReady(long startedNanos) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest ready = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/health/ready"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = startedNanos + this.settings.startTimeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + this.process.exitValue()
						+ " while starting; its log is " + this.log + "\n" + tail(this.log));
			}
			try {
				if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for Keycloak", ex);
			}
			sleep(250);
		}
		throw new IllegalStateException("Keycloak was not ready within " + this.settings.startTimeout + " at "
				+ ready.uri() + "; its log is " + this.log + "\n" + tail(this.log));
	}

	/** {@code http://127.0.0.1:<port>}: where Keycloak answers, and its hostname. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** The issuer ({@code iss}) of the tokens of a realm. */
	public String issuer(String realm) {
		return baseUrl() + "/realms/" + realm;
	}

	public int httpPort() {
		return this.httpPort;
	}

	/** The administrator of the master realm created at the first start. */
	public String adminUsername() {
		return this.settings.adminUsername;
	}

	public String adminPassword() {
		return this.settings.adminPassword;
	}

	/** The server's log (stdout and stderr of {@code kc.sh}). */
	public Path log() {
		return this.log;
	}

	/** From the start of the process to {@code /health/ready}, install excluded. */
	public Duration startupTime() {
		return this.startupTime;
	}

	/** Whether this start rebuilt Keycloak (it should not: same options as the build). */
	public boolean rebuiltAtStart() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8).contains("Updating the configuration");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The server's process id (of {@code kc.sh}, which runs the JVM as its child). */
	public synchronized long pid() {
		return this.process.pid();
	}

	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** Stops the server gracefully (forcibly after a while), with its child processes. */
	@Override
	public synchronized void close() {
		if (this.process == null) {
			return;
		}
		stop(this.process.toHandle(), STOP_TIMEOUT);
		if (this.shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down: the hook runs anyway
			}
			this.shutdownHook = null;
		}
	}

	/** SIGTERM to a process and its descendants, then SIGKILL to whatever is left. */
	static void stop(ProcessHandle handle, Duration timeout) {
		List<ProcessHandle> descendants = handle.descendants().toList();
		handle.destroy();
		descendants.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + timeout.toNanos();
		for (ProcessHandle each : concat(handle, descendants)) {
			long left = Math.max(1, deadline - System.nanoTime());
			try {
				each.onExit().get(left, TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				each.destroyForcibly();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				each.destroyForcibly();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				each.destroyForcibly();
			}
		}
	}

	private static List<ProcessHandle> concat(ProcessHandle first, List<ProcessHandle> rest) {
		List<ProcessHandle> all = new ArrayList<>(rest.size() + 1);
		all.add(first);
		all.addAll(rest);
		return all;
	}

	/** The last lines of a log, for error messages. */
	static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return "--- last lines of " + log + " ---\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Settings of a {@link KeycloakServer}. */
	public static final class Builder {

		private final KeycloakDistribution distribution;

		private final List<Path> realmFiles = new ArrayList<>();

		private Path workDir;

		private Path dataDir;

		private String adminUsername = "admin";

		private String adminPassword = "admin";

		private int httpPort;

		private int managementPort;

		private Duration startTimeout = Duration.ofMinutes(4);

		private final List<String> javaOptions = new ArrayList<>();

		private Builder(KeycloakDistribution distribution) {
			this.distribution = Objects.requireNonNull(distribution);
		}

		/**
		 * A realm file to import at start (a realm that exists already is kept as is);
		 * once per file.
		 */
		public Builder importRealm(Path realmFile) {
			this.realmFiles.add(realmFile);
			return this;
		}

		/**
		 * Where the log, the imported realm files and the transaction log go (required).
		 */
		public Builder workDir(Path workDir) {
			this.workDir = workDir;
			return this;
		}

		/**
		 * A folder for a database that outlives the server; without one the database is
		 * in memory and every start is fresh.
		 */
		public Builder dataDir(Path dataDir) {
			this.dataDir = dataDir;
			return this;
		}

		/** The master realm's administrator, created when the database is new. */
		public Builder admin(String username, String password) {
			this.adminUsername = username;
			this.adminPassword = password;
			return this;
		}

		/** Fixed ports instead of free ones chosen at start. */
		public Builder ports(int httpPort, int managementPort) {
			this.httpPort = httpPort;
			this.managementPort = managementPort;
			return this;
		}

		/**
		 * Options for Keycloak's JVM, such as {@code -XX:TieredStopAtLevel=1}, which
		 * starts a short-lived test server about a quarter faster on two cores.
		 */
		public Builder javaOptions(String... options) {
			this.javaOptions.addAll(List.of(options));
			return this;
		}

		public Builder startTimeout(Duration startTimeout) {
			this.startTimeout = startTimeout;
			return this;
		}

		/** A server with these settings, not started yet. */
		public KeycloakServer build() {
			Objects.requireNonNull(this.workDir, "workDir");
			return new KeycloakServer(this);
		}

		/** Builds and starts the server, waiting until it is ready. */
		public KeycloakServer start() {
			return build().start();
		}

	}

}
