package org.ducha.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

import org.ducha.deploy.keycloak.KeycloakDistribution;
import org.ducha.deploy.keycloak.KeycloakServer;
import org.ducha.node.database.EmbeddedMariaDb;

/**
 * A whole demo federation on loopback: one embedded MariaDB (a schema per node), a
 * Keycloak with the realm imported, every chosen node as its own JVM, and the gateway;
 * linked, and on the first start seeded with demo data through the APIs. Everything it
 * keeps lives under its data folder, so a second start finds its data (and starts faster:
 * nothing to unpack, no demo to write); pid files let a start clean up after a launcher
 * that was killed.
 */
public final class LocalFederation implements AutoCloseable {

	private static final Duration NODE_START = Duration.ofMinutes(5);

	/** How far back the nodes' clocks are set while the demo's history is written. */
	static final Duration DEMO_PAST = Duration.ofDays(35);

	private final LocalSettings settings;

	private final List<NodeSpec> nodes;

	private final Map<String, AppProcess> processes = new LinkedHashMap<>();

	private final Apps apps;

	private EmbeddedMariaDb database;

	private KeycloakServer keycloak;

	private AppProcess gateway;

	private RealmLogin login;

	private LocalFederation(LocalSettings settings) {
		this.settings = settings;
		this.nodes = Topology.of(settings.realmFile(), settings.nodes, settings.portOffset);
		this.apps = new Apps(settings, this.nodes);
	}

	/** Starts everything and waits until every link is connected. */
	public static LocalFederation start(LocalSettings settings) {
		LocalFederation federation = new LocalFederation(settings.resolved());
		try {
			federation.startAll();
			if (settings.restartCrashed) {
				federation.watch();
			}
			return federation;
		}
		catch (RuntimeException ex) {
			federation.close();
			throw ex;
		}
	}

	private java.util.concurrent.ScheduledExecutorService watchdog;

	private volatile boolean closing;

	/**
	 * Starts again, every few seconds, an app that exited on its own: what people expect
	 * of a local federation left running (a node killed by mistake comes back).
	 */
	private void watch() {
		this.watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ducha-local-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.watchdog.scheduleWithFixedDelay(() -> {
			List<AppProcess> apps = new ArrayList<>(this.processes.values());
			if (this.gateway != null && this.settings.gateway) {
				apps.add(this.gateway);
			}
			for (AppProcess app : apps) {
				if (!this.closing && !app.isAlive()) {
					say(app.name() + " exited; starting it again (log: " + app.log() + ")");
					try {
						app.start().awaitUp(NODE_START);
						say("  " + app.name() + " UP again");
					}
					catch (RuntimeException ex) {
						say("  " + app.name() + " did not come back: " + ex.getMessage());
					}
				}
			}
		}, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
	}

	private void startAll() {
		Path data = this.settings.dataDir;
		try {
			if (this.settings.wipe) {
				AppProcess.stopLeftovers(data.resolve("pids"));
				KeycloakDistribution.deleteRecursively(data);
			}
			Files.createDirectories(data.resolve("pids"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + data, ex);
		}
		int stopped = AppProcess.stopLeftovers(data.resolve("pids"));
		if (stopped > 0) {
			say("Stopped " + stopped + " processes left running by an earlier start");
		}
		checkPorts();
		say("Starting the embedded MariaDB (the first start unpacks it, about 350 MB)…");
		this.database = EmbeddedMariaDb.start(data.resolve("mariadb"), true);
		say("  MariaDB on 127.0.0.1:" + this.database.port());
		CompletableFuture<String> issuer = startKeycloak();
		boolean demo = this.settings.demo && !Files.exists(data.resolve("demo-written"));
		for (NodeSpec node : this.nodes) {
			this.processes.put(node.code(), this.apps.node(node, issuerAddress(), this.database));
		}
		if (demo) {
			this.processes.values().forEach((process) -> process.property("ducha.dev.clock-offset", "-P35D"));
		}
		writeState(issuerAddress());
		startNodes();
		this.login = new RealmLogin(issuer.join(), this.nodes.stream().map(NodeSpec::code).toList());
		this.gateway = this.apps.gateway(issuer.join());
		if (this.settings.gateway) {
			say("Starting the gateway…");
			this.gateway.start().awaitUp(NODE_START);
			say("  gateway UP at " + this.gateway.baseUrl());
		}
		awaitLinks(Duration.ofMinutes(3));
		if (demo) {
			DemoData demoData = new DemoData(this, this::say);
			demoData.writePast();
			say("Restarting the nodes on the real time…");
			this.processes.values().parallelStream().forEach(AppProcess::stop);
			this.processes.values().forEach((process) -> process.property("ducha.dev.clock-offset", null));
			startNodes();
			awaitLinks(Duration.ofMinutes(3));
			demoData.writePresent();
			try {
				Files.writeString(data.resolve("demo-written"), "demo data written through the APIs\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private String issuerAddress() {
		// the nodes only need the issuer's address to start; Keycloak may still be
		// starting
		return (this.settings.issuer != null) ? this.settings.issuer
				: "http://127.0.0.1:" + (8180 + this.settings.portOffset) + "/realms/ducha";
	}

	private CompletableFuture<String> startKeycloak() {
		if (this.settings.issuer != null) {
			return CompletableFuture.completedFuture(this.settings.issuer);
		}
		say("Starting Keycloak " + KeycloakDistribution.VERSION
				+ " (the first start downloads it from Maven Central and builds it, a few minutes)…");
		return CompletableFuture.supplyAsync(() -> {
			KeycloakDistribution distribution = KeycloakDistribution.defaults();
			distribution.install(this::say);
			this.keycloak = KeycloakServer.builder(distribution)
				.importRealm(this.settings.realmFile())
				.importRealm(this.settings.providerRealmFile())
				.workDir(this.settings.dataDir.resolve("keycloak-work"))
				.dataDir(this.settings.dataDir.resolve("keycloak"))
				.ports(8180 + this.settings.portOffset, 9180 + this.settings.portOffset)
				.startTimeout(Duration.ofMinutes(10))
				.build();
			this.keycloak.start();
			writePid("keycloak", this.keycloak.pid());
			say("  Keycloak ready at " + this.keycloak.baseUrl() + " in " + this.keycloak.startupTime().toSeconds()
					+ " s");
			return this.keycloak.issuer("ducha");
		});
	}

	private void startNodes() {
		for (NodeSpec node : this.nodes) {
			say("Starting " + node.code() + " " + node.name() + " (REST :" + node.httpPort() + ", link :"
					+ node.linkPort() + ")…");
			this.processes.get(node.code()).start();
		}
		for (NodeSpec node : this.nodes) {
			this.processes.get(node.code()).awaitUp(NODE_START);
			say("  " + node.code() + " " + node.name() + " UP");
		}
	}

	private void checkPorts() {
		List<Integer> ports = new ArrayList<>();
		this.nodes.forEach((node) -> {
			ports.add(node.httpPort());
			ports.add(node.linkPort());
		});
		ports.add(this.apps.gatewayPort());
		if (this.settings.issuer == null) {
			ports.add(8180 + this.settings.portOffset);
			ports.add(9180 + this.settings.portOffset);
		}
		List<Integer> taken = ports.stream().filter((port) -> !isFree(port)).toList();
		if (!taken.isEmpty()) {
			throw new IllegalStateException("Ports " + taken + " on 127.0.0.1 are in use; stop what uses them or "
					+ "choose other ports with --port-offset=N");
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Waits until every node reports every one of its links CONNECTED. */
	public void awaitLinks(Duration timeout) {
		say("Waiting for every link to connect…");
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (linkStates().values().stream().allMatch("CONNECTED"::equals)) {
				say("  every link CONNECTED");
				return;
			}
			AppProcess.sleep(1000);
		}
		throw new IllegalStateException("Links not connected within " + timeout + ": " + linkStates());
	}

	/** Every link's state, as each end reports it ({@code 441700→440000}). */
	public Map<String, String> linkStates() {
		Map<String, String> states = new LinkedHashMap<>();
		for (NodeSpec node : this.nodes) {
			AppProcess process = this.processes.get(node.code());
			List<String> peers = new ArrayList<>(node.children());
			if (node.parent() != null) {
				peers.add(node.parent());
			}
			Map<String, String> found = new LinkedHashMap<>();
			if (process.isAlive()) {
				try {
					JsonNode links = api(node.code()).get(this.login.token("sysadmin-" + node.code()),
							"/api/v1/federation/links");
					links.forEach((link) -> found.put(link.path("peer").asString(), link.path("state").asString()));
				}
				catch (RuntimeException ex) {
					// not answering yet
				}
			}
			peers.forEach((peer) -> states.put(node.code() + "→" + peer, found.getOrDefault(peer, "DOWN")));
		}
		return states;
	}

	/** What {@code status} reads: the nodes and ports of this start. */
	private void writeState(String issuer) {
		java.util.Properties state = new java.util.Properties();
		state.setProperty("issuer", issuer);
		state.setProperty("gateway", Integer.toString(this.apps.gatewayPort()));
		for (NodeSpec node : this.nodes) {
			state.setProperty("node." + node.code(), node.name() + "," + node.httpPort() + "," + node.linkPort() + ","
					+ ((node.parent() != null) ? node.parent() : "") + "," + String.join(" ", node.children()));
		}
		try (var out = Files.newBufferedWriter(this.settings.dataDir.resolve("federation.properties"))) {
			state.store(out, "the local federation's last start");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writePid(String name, long pid) {
		try {
			Files.writeString(this.settings.dataDir.resolve("pids").resolve(name + ".pid"), Long.toString(pid));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private NodeSpec spec(String code) {
		return this.nodes.stream()
			.filter((node) -> node.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Node " + code + " does not run here"));
	}

	public List<NodeSpec> nodes() {
		return this.nodes;
	}

	/** A node's process: to kill it, start it again, read its log. */
	public AppProcess node(String code) {
		spec(code);
		return this.processes.get(code);
	}

	/** A client of a node's REST API. */
	public NodeApi api(String code) {
		return new NodeApi("http://127.0.0.1:" + spec(code).httpPort());
	}

	public AppProcess gateway() {
		return this.gateway;
	}

	/** Tokens of the demo accounts. */
	public RealmLogin login() {
		return this.login;
	}

	public String issuer() {
		return (this.keycloak != null) ? this.keycloak.issuer("ducha") : this.settings.issuer;
	}

	public LocalSettings settings() {
		return this.settings;
	}

	private void say(String line) {
		this.settings.progress.accept(line);
	}

	/** Stops the gateway, the nodes, Keycloak and the database; the data stays. */
	@Override
	public void close() {
		this.closing = true;
		if (this.watchdog != null) {
			this.watchdog.shutdownNow();
		}
		if (this.gateway != null) {
			this.gateway.stop();
		}
		// in parallel: each node needs a few seconds for its graceful stop
		this.processes.values().parallelStream().forEach(AppProcess::stop);
		if (this.keycloak != null) {
			this.keycloak.close();
			try {
				Files.deleteIfExists(this.settings.dataDir.resolve("pids").resolve("keycloak.pid"));
			}
			catch (IOException ex) {
				// the next start checks the process behind it anyway
			}
		}
		if (this.database != null) {
			this.database.close();
		}
	}

}
