package org.ducha.deploy.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packet rules on the loopback interface, in an nftables table of this JVM's own
 * ({@code inet ducha_faults_<pid>}): they drop the TCP packets of chosen ports, always,
 * one way only, or one in ten at random. Only the federation ports a test names are
 * touched, so the database and the REST ports on the same interface are not. The table is
 * deleted on {@link #close()} and, should the JVM end first, by a shutdown hook.
 * <p>
 * Needs {@code nft} and the right to change the ruleset (root): without either this
 * fails, saying what {@code .ci/run} installs; it never skips.
 */
final class LoopbackFirewall implements AutoCloseable {

	/**
	 * Debian's place for it, which a non-login shell's PATH may lack; else the PATH's.
	 */
	private static final String NFT = Files.isExecutable(Path.of("/usr/sbin/nft")) ? "/usr/sbin/nft" : "nft";

	private static final Pattern DROPPED = Pattern.compile("counter packets (\\d+) bytes \\d+ drop");

	private final String table = "ducha_faults_" + ProcessHandle.current().pid();

	private final Thread cleanup = new Thread(this::deleteTable, "ducha-faults-nft-cleanup");

	private long dropped;

	private LoopbackFirewall() {
	}

	/**
	 * Creates the table with an empty input chain: nothing is dropped yet. The rules drop
	 * packets as they arrive, not as they leave: a packet dropped on its way out fails
	 * the sender's call at once (a connect gets EPERM), which a cut cable never does.
	 */
	static LoopbackFirewall open() {
		LoopbackFirewall firewall = new LoopbackFirewall();
		nft("list tables");
		// a table left by a killed run of a JVM with the same pid would make "add" merge
		// into it
		firewall.deleteTable();
		nft("add table inet " + firewall.table + "\n" + "add chain inet " + firewall.table
				+ " in { type filter hook input priority 0; policy accept; }\n");
		Runtime.getRuntime().addShutdownHook(firewall.cleanup);
		return firewall;
	}

	/**
	 * Replaces the rules in force by these, atomically; none heals every link. The
	 * packets the replaced rules dropped are added to {@link #dropped()}.
	 */
	synchronized void apply(List<Rule> rules) {
		this.dropped += droppedNow();
		StringBuilder script = new StringBuilder("flush chain inet " + this.table + " in\n");
		rules.forEach((rule) -> script.append("add rule inet ")
			.append(this.table)
			.append(" in ")
			.append(rule.expression())
			.append(" counter drop\n"));
		nft(script.toString());
	}

	/** Removes every rule. */
	void heal() {
		apply(List.of());
	}

	/** The packets dropped so far, by the rules in force and by those replaced. */
	synchronized long dropped() {
		return this.dropped + droppedNow();
	}

	private long droppedNow() {
		Matcher counters = DROPPED.matcher(nft("list chain inet " + this.table + " in"));
		long sum = 0;
		while (counters.find()) {
			sum += Long.parseLong(counters.group(1));
		}
		return sum;
	}

	@Override
	public void close() {
		deleteTable();
		try {
			Runtime.getRuntime().removeShutdownHook(this.cleanup);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: the hook runs anyway
		}
	}

	private void deleteTable() {
		if (nft("list tables").lines().anyMatch((line) -> line.strip().equals("table inet " + this.table))) {
			nft("delete table inet " + this.table);
		}
	}

	/** Runs an nft script, failing with what nft said. */
	private static String nft(String script) {
		Process process;
		try {
			process = new ProcessBuilder(NFT, "-f", "-").redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new AssertionError(
					"nft (nftables) is not installed, and the network faults need it: "
							+ "`.ci/run` installs it (apt-get install -y nftables); this test fails rather than skip",
					ex);
		}
		try (OutputStream in = process.getOutputStream()) {
			in.write(script.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write to nft", ex);
		}
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("nft refused (it needs root, or CAP_NET_ADMIN): " + output.strip()
						+ "\n--- script ---\n" + script);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read nft's answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while nft ran", ex);
		}
	}

	/**
	 * One rule: a match on loopback TCP packets whose packets are dropped.
	 *
	 * @param expression the nft match, such as {@code tcp dport 4711}
	 */
	record Rule(String expression) {

		/** Packets to a listening port: what its clients send. */
		static Rule toPort(int port) {
			return new Rule("ip daddr 127.0.0.1 tcp dport " + port);
		}

		/** Packets from a listening port: what its clients receive. */
		static Rule fromPort(int port) {
			return new Rule("ip saddr 127.0.0.1 tcp sport " + port);
		}

		/** Both ways of every connection to a listening port. */
		static List<Rule> cut(int port) {
			return List.of(toPort(port), fromPort(port));
		}

		/** One packet in {@code modulus}, chosen at random, both ways. */
		static List<Rule> loseOneIn(int modulus, int port) {
			String sample = " numgen random mod " + modulus + " 0";
			return List.of(new Rule(toPort(port).expression() + sample),
					new Rule(fromPort(port).expression() + sample));
		}

	}

}
