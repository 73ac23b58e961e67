package org.ducha.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ducha.node.testing.TestCertificates;
import org.ducha.node.testing.TestDatabase;
import org.ducha.node.testing.TestKeys;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * One node running as its own JVM from a packaged jar ({@code java -jar}), with its log
 * in a file: started, killed with SIGKILL, restarted on the same configuration, stopped.
 */
public final class NodeProcess implements AutoCloseable {

	private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Dfile.encoding=UTF-8");

	private final String code;

	private final PackagedApp app;

	private final Map<String, String> properties;

	private final Path logDir;

	private final int httpPort;

	private final List<ProcessHandle> started = new ArrayList<>();

	private Process process;

	private Path log;

	/** The jar to run instead of the app's packaged one, null for that one. */
	private Path jar;

	/**
	 * A packaged node's settings for the process tests: its schema of the test database,
	 * its data folder under {@code data}, its link port, the local development key and
	 * the test certificates, and short waits before dialling again (0.2–2 s).
	 */
	public static Map<String, Object> settings(NodeSchema schema, Path data, int linkPort) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", TestDatabase.url(schema.name()));
		properties.put("spring.datasource.username", TestDatabase.user());
		properties.put("spring.datasource.password", TestDatabase.password());
		properties.put("spring.datasource.hikari.maximum-pool-size", "8");
		properties.put("ducha.node.data-dir", data.resolve(schema.code()));
		properties.put("ducha.node.grpc.port", linkPort);
		properties.put("ducha.security.local-jwt.enabled", "true");
		properties.put("ducha.security.local-jwt.public-key", TestKeys.dir().resolve("jwt.pub"));
		properties.putAll(TestCertificates.forNode(schema.code()));
		properties.put("ducha.federation.client.initial-backoff", "200ms");
		properties.put("ducha.federation.client.max-backoff", "2s");
		return properties;
	}

	/**
	 * The settings of a county under city 441700, as {@link #settings}, with its name and
	 * its parent's link address.
	 */
	public static Map<String, Object> countySettings(NodeSchema schema, Path data, String name, int cityLink) {
		Map<String, Object> properties = settings(schema, data, FreePorts.next());
		properties.put("ducha.node.name", name);
		properties.put("ducha.node.parent.code", "441700");
		properties.put("ducha.node.parent.address", "127.0.0.1:" + cityLink);
		return properties;
	}

	private NodeProcess(String code, PackagedApp app, Map<String, String> properties, Path logDir, int httpPort) {
		this.code = code;
		this.app = app;
		this.properties = properties;
		this.logDir = logDir;
		this.httpPort = httpPort;
	}

	/**
	 * A node of an app with its properties ({@code server.port} is chosen here unless
	 * given).
	 */
	public static NodeProcess of(String code, PackagedApp app, Map<String, ?> properties, Path logDir) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("server.port", String.valueOf(FreePorts.next()));
		all.put("ducha.node.code", code);
		all.put("management.info.process.enabled", "true");
		all.put("spring.jmx.enabled", "false");
		properties.forEach((key, value) -> all.put(key, String.valueOf(value)));
		return new NodeProcess(code, app, all, logDir, Integer.parseInt(all.get("server.port")));
	}

	public String code() {
		return this.code;
	}

	/** Starts the JVM (again, on the same configuration, after a kill or stop). */
	public synchronized NodeProcess start() {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException("Node " + this.code + " is running already");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		// this test JVM's temporary folder (inside the build folder): the node's data
		// folder
		// must not lie under its java.io.tmpdir, which under /tmp (a clone there) it
		// would
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		command.add("-jar");
		command.add(((this.jar != null) ? this.jar : this.app.jar()).toString());
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(this.logDir);
			this.log = this.logDir.resolve(this.code + "-" + (this.started.size() + 1) + ".log");
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.log.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start node " + this.code, ex);
		}
		this.started.add(this.process.toHandle());
		return this;
	}

	/** Waits until the node answers {@code /actuator/health} with UP. */
	public NodeProcess awaitUp(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		RestClient anonymous = client(null);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Node " + this.code + " exited with " + this.process.exitValue()
						+ " while starting\n" + tail());
			}
			try {
				String health = anonymous.get()
					.uri("/actuator/health")
					.retrieve()
					.onStatus(HttpStatusCode::isError, (request, response) -> {
					})
					.body(String.class);
				if (health != null && health.contains("\"status\":\"UP\"")) {
					return this;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			sleep(250);
		}
		throw new IllegalStateException("Node " + this.code + " was not UP within " + timeout + "\n" + tail());
	}

	/** The JVM's process id, as the operating system knows it. */
	public long pid() {
		return this.process.pid();
	}

	/** The process id the node reports of itself ({@code /actuator/info}). */
	long reportedPid() {
		Map<?, ?> info = client(null).get().uri("/actuator/info").retrieve().body(Map.class);
		Map<?, ?> process = (Map<?, ?>) info.get("process");
		return ((Number) process.get("pid")).longValue();
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** The processes the JVM started (such as an embedded database server). */
	List<ProcessHandle> descendants() {
		return this.process.descendants().toList();
	}

	/**
	 * Runs another build's jar of the same app from the next start on (an older release),
	 * or the app's packaged jar again when null: an upgrade is a stop and a start on the
	 * same configuration, database and data folder with the other jar.
	 */
	public synchronized NodeProcess runningJar(Path jar) {
		this.jar = jar;
		return this;
	}

	/** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
	public void kill() {
		this.process.destroyForcibly();
		awaitExit(this.process, Duration.ofSeconds(30));
	}

	/** A graceful stop (SIGTERM), forced after a while. */
	public void stop() {
		this.process.destroy();
		if (!awaitExit(this.process, Duration.ofSeconds(40))) {
			this.process.destroyForcibly();
			awaitExit(this.process, Duration.ofSeconds(10));
		}
	}

	/** Kills whatever this node started that still runs. */
	@Override
	public void close() {
		for (ProcessHandle handle : this.started) {
			List<ProcessHandle> children = handle.descendants().toList();
			handle.destroyForcibly();
			children.forEach(ProcessHandle::destroyForcibly);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/** A client of the node's REST API acting with a token. */
	public RestClient api(String token) {
		return client(token);
	}

	public Path log() {
		return this.log;
	}

	/** The last lines of the current log, for failure messages. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "--- last lines of " + this.log + " ---\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private RestClient client(String token) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofSeconds(15));
		RestClient.Builder builder = RestClient.builder()
			.requestFactory(factory)
			.baseUrl(baseUrl())
			.defaultHeader(HttpHeaders.ACCEPT,
					MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (token != null) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return builder.build();
	}

	static boolean awaitExit(ProcessHandle handle, Duration timeout) {
		try {
			handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			return !handle.isAlive();
		}
	}

	private static boolean awaitExit(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
