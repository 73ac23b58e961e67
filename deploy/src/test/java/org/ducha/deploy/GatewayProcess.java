package org.ducha.deploy;

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

/**
 * The packaged gateway ({@code java -jar}) as its own JVM on a free loopback port, with
 * its log in a file.
 */
public final class GatewayProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	private GatewayProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the gateway with these properties and waits until it reports UP. */
	public static GatewayProcess start(Map<String, ?> properties, Path logDir, Duration timeout) {
		int port = FreePorts.next();
		Map<String, String> all = new LinkedHashMap<>();
		all.put("server.port", String.valueOf(port));
		all.put("spring.jmx.enabled", "false");
		properties.forEach((key, value) -> all.put(key, String.valueOf(value)));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
						"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-jar",
						PackagedApp.GATEWAY.jar().toString()));
		all.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(logDir);
			Path log = logDir.resolve("gateway.log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			GatewayProcess gateway = new GatewayProcess(process, log, port);
			try {
				gateway.awaitUp(timeout);
			}
			catch (RuntimeException ex) {
				// a gateway that did not come up is not left running beside the tests
				// that follow
				gateway.close();
				throw ex;
			}
			return gateway;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the gateway", ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private void awaitUp(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The gateway exited with " + this.process.exitValue() + " while starting\n" + tail());
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		throw new IllegalStateException("The gateway was not UP within " + timeout + "\n" + tail());
	}

	/** The last lines of its log, for failure messages. */
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

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
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

}
