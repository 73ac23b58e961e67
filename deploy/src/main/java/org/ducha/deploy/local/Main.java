package org.ducha.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.ducha.deploy.production.ProductionRealm;

/**
 * The one command ({@code ./ducha-local}): brings up the demo federation on loopback and
 * keeps it running until Ctrl-C, or shows its status, or stops one left running.
 *
 * <pre>
 * ./ducha-local [start] [--all | --nodes=440000,441700,…] [--no-demo] [--wipe] [--data=DIR] [--port-offset=N]
 * ./ducha-local status [--data=DIR]
 * ./ducha-local stop [--data=DIR]
 * java -jar ducha-deploy-…-launcher.jar production-realm &lt;ducha-realm.json&gt; &lt;out-dir&gt; &lt;redirect URI&gt;
 * </pre>
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws InterruptedException, java.io.IOException {
		if (args.length > 0 && args[0].equals("production-realm")) {
			// the installation's secrets
			// (deploy/production/keycloak/generate-node-secrets.sh)
			ProductionRealm.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		// the embedded database's own chatter goes to its log level WARN; the launcher
		// says
		// what matters
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ch.vorburger"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		// the server's console (aborted connections of a node that was killed) stays out
		// of the launcher's; each node's log has its side
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ch.vorburger.exec.ManagedProcess"))
			.setLevel(ch.qos.logback.classic.Level.OFF);
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.ducha"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		String command = (!arguments.isEmpty() && !arguments.get(0).startsWith("--")) ? arguments.remove(0) : "start";
		LocalSettings settings = new LocalSettings().root(findRoot()).restartCrashed(true);
		for (String argument : arguments) {
			if (argument.equals("--all")) {
				settings.nodes(Topology.ORDER);
			}
			else if (argument.startsWith("--nodes=")) {
				settings.nodes(List.of(argument.substring("--nodes=".length()).split(",")));
			}
			else if (argument.equals("--no-demo")) {
				settings.demo(false);
			}
			else if (argument.equals("--wipe")) {
				settings.wipe(true);
			}
			else if (argument.startsWith("--data=")) {
				settings.dataDir(Path.of(argument.substring("--data=".length())));
			}
			else if (argument.startsWith("--port-offset=")) {
				settings.portOffset(Integer.parseInt(argument.substring("--port-offset=".length())));
			}
			else {
				System.err.println("Unknown option " + argument + "\n" + usage());
				System.exit(2);
			}
		}
		switch (command) {
			case "start" -> start(settings);
			case "status" -> System.out.print(Status.of(settings.resolved()));
			case "stop" -> System.out.println(Status.stop(settings.resolved()));
			default -> {
				System.err.println("Unknown command " + command + "\n" + usage());
				System.exit(2);
			}
		}
	}

	private static void start(LocalSettings settings) throws InterruptedException {
		long begin = System.nanoTime();
		LocalFederation federation;
		try {
			federation = LocalFederation.start(settings);
		}
		catch (RuntimeException ex) {
			System.err.println("\nThe federation did not start: " + ex.getMessage());
			System.err.println("Logs: " + settings.resolved().dataDir.resolve("logs"));
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("\nStopping (the data stays in " + settings.dataDir + ")…");
			federation.close();
			stopped.countDown();
		}, "ducha-local-stop"));
		System.out.println(summary(federation, (System.nanoTime() - begin) / 1_000_000_000.0));
		stopped.await();
	}

	static String summary(LocalFederation federation, double seconds) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%nDucha is ready after %.0f s.%n%n", seconds));
		text.append("  Web (sign in):  ").append(federation.gateway().baseUrl()).append('/').append('\n');
		text.append("  Keycloak:       ").append(federation.issuer()).append("  (admin console: admin / admin)\n");
		text.append("  Nodes:\n");
		for (NodeSpec node : federation.nodes()) {
			text.append(String.format("    %s %-4s REST http://127.0.0.1:%d  link :%d%s%n", node.code(), node.name(),
					node.httpPort(), node.linkPort(), (node.parent() != null) ? "  → " + node.parent() : ""));
		}
		text.append("  Links:          ")
			.append(federation.linkStates().values().stream().allMatch("CONNECTED"::equals) ? "all CONNECTED"
					: "see status")
			.append('\n');
		text.append("  Accounts:       <role>-<node>, e.g. supervisor-441700, leader-441700, handler-441704, password ")
			.append(RealmLogin.PASSWORD)
			.append("\n                  (sysadmin/secadmin/auditor also ask for a TOTP code; README, Identity)\n");
		text.append("  Own sign-in:    阳江市统一身份认证 (a button on the sign-in page): yj-chen, yj-lin, same password\n")
			.append("                  (a level's own provider; docs/security.md §1.7)\n");
		text.append("  Logs:           ").append(federation.settings().dataDir.resolve("logs")).append('\n');
		text.append("  Status:         ./ducha-local status     Stop: Ctrl-C (data kept; --wipe starts afresh)\n");
		return text.toString();
	}

	private static String usage() {
		return "usage: ducha-local [start|status|stop] [--all | --nodes=440000,441700,...] [--no-demo] [--wipe] "
				+ "[--data=DIR] [--port-offset=N]";
	}

	/** The repository root: the folder above {@code deploy/keycloak/ducha-realm.json}. */
	private static Path findRoot() {
		String configured = System.getProperty("ducha.home");
		Path dir = (configured != null) ? Path.of(configured) : Path.of("").toAbsolutePath();
		for (Path at = dir; at != null; at = at.getParent()) {
			if (Files.exists(at.resolve("deploy/keycloak/ducha-realm.json"))) {
				return at;
			}
		}
		throw new IllegalStateException("Run from the Ducha repository (no deploy/keycloak/ducha-realm.json above "
				+ dir + "), or set -Dducha.home");
	}

}
