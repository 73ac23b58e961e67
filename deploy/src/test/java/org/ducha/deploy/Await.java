package org.ducha.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

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

}
