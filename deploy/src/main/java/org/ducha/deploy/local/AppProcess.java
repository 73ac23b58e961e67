package org.ducha.deploy.local;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One app of the local federation as its own JVM ({@code java -jar}), its output in a log
 * file and its process id in a pid file: so that a launcher killed with {@code kill -9}
 * leaves nothing the next start cannot clean up.
 */
public final class AppProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final List<String> jvmOptions;

	private final Map<String, String> properties;

	private final Path logDir;

	private final Path pidFile;

	private final int httpPort;

	private Process process;

	private Path log;

	private int starts;

	AppProcess(String name, Path jar, List<String> jvmOptions, Map<String, ?> properties, Path logDir, Path pidFile,
			int httpPort) {
		this.name = name;
		this.jar = jar;
		this.jvmOptions = List.copyOf(jvmOptions);
		Map<String, String> all = new LinkedHashMap<>();
		properties.forEach((key, value) -> all.put(key, String.valueOf(value)));
		this.properties = all;
		this.logDir = logDir;
		this.pidFile = pidFile;
		this.httpPort = httpPort;
	}

	/** Sets (or, with null, removes) a property for the next start. */
	public synchronized void property(String key, Object value) {
		if (value == null) {
			this.properties.remove(key);
		}
		else {
			this.properties.put(key, String.valueOf(value));
		}
	}

	public String name() {
		return this.name;
	}

	public int httpPort() {
		return this.httpPort;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** The log of the current (or last) run. */
	public Path log() {
		return this.log;
	}

	/** Starts the JVM (again, on the same configuration, after a kill or a stop). */
	public synchronized AppProcess start() {
		if (isAlive()) {
			throw new IllegalStateException(this.name + " is running already");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(this.jar.toString());
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(this.logDir);
			Files.createDirectories(this.pidFile.getParent());
			this.starts++;
			this.log = this.logDir.resolve(this.name + ".log");
			if (this.starts > 1 || Files.exists(this.log)) {
				rotate(this.log);
			}
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.log.toFile())
				.start();
			Files.writeString(this.pidFile, Long.toString(this.process.pid()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.name, ex);
		}
		return this;
	}

	private static void rotate(Path log) throws IOException {
		if (Files.exists(log)) {
			Files.move(log, log.resolveSibling(log.getFileName() + ".1"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Waits until the app answers {@code /actuator/health} with UP.
	 * @throws IllegalStateException when it exits or is not UP in time, with the end of
	 * its log
	 */
	public AppProcess awaitUp(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!isAlive()) {
				throw new IllegalStateException(
						this.name + " exited with " + this.process.exitValue() + " while starting\n" + tail(40));
			}
			if (isUp()) {
				return this;
			}
			sleep(300);
		}
		throw new IllegalStateException(this.name + " was not UP within " + timeout + "\n" + tail(40));
	}

	/** Whether the app answers its health check with UP. */
	public boolean isUp() {
		try {
			HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
				.timeout(Duration.ofSeconds(3))
				.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	public synchronized long pid() {
		return this.process.pid();
	}

	/** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			awaitExit(this.process.toHandle(), Duration.ofSeconds(30));
		}
	}

	/** A graceful stop (SIGTERM), forced after a while. */
	public synchronized void stop() {
		if (this.process != null && this.process.isAlive()) {
			stop(this.process.toHandle(), Duration.ofSeconds(40));
		}
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// the next start checks the process behind it anyway
		}
	}

	/** The last lines of the current log. */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "--- last lines of " + this.log + " ---\n"
					+ String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Stops every process left running by an earlier launcher that the pid files of a
	 * folder name.
	 * @return how many were stopped
	 */
	static int stopLeftovers(Path pids) {
		if (!Files.isDirectory(pids)) {
			return 0;
		}
		int stopped = 0;
		try (java.util.stream.Stream<Path> files = Files.list(pids)) {
			for (Path pid : files.toList()) {
				stopped += stopLeftover(pid) ? 1 : 0;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + pids, ex);
		}
		return stopped;
	}

	/**
	 * Stops a process left running by an earlier launcher that was killed, if its pid
	 * file names a live Java process.
	 * @return whether one was stopped
	 */
	static boolean stopLeftover(Path pidFile) {
		try {
			if (!Files.exists(pidFile)) {
				return false;
			}
			String pid = Files.readString(pidFile).trim();
			Files.deleteIfExists(pidFile);
			Optional<ProcessHandle> process = pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
			if (process.isEmpty() || !process.get().isAlive() || !isOurs(process.get(), pidFile)) {
				return false;
			}
			stop(process.get(), Duration.ofSeconds(30));
			return true;
		}
		catch (IOException | NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * Whether a process is one a launcher started (a pid may have been reused since): its
	 * command line names Ducha, Keycloak or the folder of the pid file.
	 */
	private static boolean isOurs(ProcessHandle process, Path pidFile) {
		String arguments = String.join(" ", process.info().arguments().orElse(new String[0]));
		return arguments.contains("ducha") || arguments.contains("keycloak")
				|| arguments.contains(pidFile.toAbsolutePath().getParent().toString());
	}

	/** SIGTERM to a process and its descendants, then SIGKILL to whatever is left. */
	static void stop(ProcessHandle handle, Duration timeout) {
		List<ProcessHandle> descendants = handle.descendants().toList();
		handle.destroy();
		descendants.forEach(ProcessHandle::destroy);
		if (!awaitExit(handle, timeout)) {
			handle.destroyForcibly();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	static boolean awaitExit(ProcessHandle handle, Duration timeout) {
		try {
			handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !handle.isAlive();
		}
		catch (Exception ex) {
			return !handle.isAlive();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
