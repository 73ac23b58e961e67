package org.ducha.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.ducha.node.testing.TestKeys;

import org.springframework.core.ParameterizedTypeReference;

/**
 * Waiting on packaged nodes: a condition polled until it holds, an exception while it is
 * polled taken as "not yet" (a node restarting refuses connections), and a timeout that
 * says what was awaited and where the node logs are.
 */
public final class Await {

	private Await() {
	}

	/**
	 * Polls {@code condition} every 200 ms until it holds.
	 * @throws AssertionError after {@code timeout}, with the last exception the condition
	 * threw as its cause
	 */
	public static void until(Duration timeout, String what, Path logs, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		RuntimeException last = null;
		while (System.nanoTime() < deadline) {
			try {
				if (condition.getAsBoolean()) {
					return;
				}
			}
			catch (RuntimeException ex) {
				last = ex;
			}
			NodeProcess.sleep(200);
		}
		throw new AssertionError(
				"Timed out after " + timeout + " waiting until " + what + "; node logs are in " + logs.toAbsolutePath(),
				last);
	}

	/** Waits until every node reports every one of its links CONNECTED. */
	public static void linksConnected(List<NodeProcess> nodes, Duration timeout, Path logs) {
		until(timeout, "every link connected", logs, () -> nodes.stream().allMatch((node) -> {
			List<Map<String, Object>> links = node
				.api(TestKeys.token("admin-" + node.code(), node.code(), null, "sysadmin"))
				.get()
				.uri("/api/v1/federation/links")
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			return !links.isEmpty() && links.stream().allMatch((link) -> "CONNECTED".equals(link.get("state")));
		}));
	}

}
