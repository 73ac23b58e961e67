package org.ducha.deploy.local;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the local federation runs and where: the repository root (the apps' jars, the
 * realm file), the data folder, the nodes, ports, whether to write the demo data, and an
 * optional Keycloak already running.
 */
public final class LocalSettings {

	Path root = Path.of(".").toAbsolutePath().normalize();

	Path dataDir;

	List<String> nodes = Topology.DEFAULT;

	int portOffset;

	boolean demo = true;

	boolean gateway = true;

	boolean wipe;

	boolean restartCrashed;

	String issuer;

	Consumer<String> progress = System.out::println;

	/** The repository root (the apps' jars and the realm file are found from it). */
	public LocalSettings root(Path root) {
		this.root = root.toAbsolutePath().normalize();
		return this;
	}

	/** Where everything is kept; {@code <root>/data/local} by default. */
	public LocalSettings dataDir(Path dataDir) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		return this;
	}

	public LocalSettings nodes(List<String> nodes) {
		this.nodes = List.copyOf(nodes);
		return this;
	}

	public LocalSettings portOffset(int portOffset) {
		this.portOffset = portOffset;
		return this;
	}

	/** Whether the first start writes the demo data. */
	public LocalSettings demo(boolean demo) {
		this.demo = demo;
		return this;
	}

	public LocalSettings gateway(boolean gateway) {
		this.gateway = gateway;
		return this;
	}

	/** Whether to delete the data folder first. */
	/**
	 * Whether an app that exits on its own (a crash, a {@code kill -9}) is started again
	 * after a few seconds.
	 */
	public LocalSettings restartCrashed(boolean restartCrashed) {
		this.restartCrashed = restartCrashed;
		return this;
	}

	public LocalSettings wipe(boolean wipe) {
		this.wipe = wipe;
		return this;
	}

	/** A Keycloak already running with the realm, instead of starting one. */
	public LocalSettings issuer(String issuer) {
		this.issuer = issuer;
		return this;
	}

	public LocalSettings progress(Consumer<String> progress) {
		this.progress = progress;
		return this;
	}

	Path realmFile() {
		return this.root.resolve("deploy").resolve("keycloak").resolve("ducha-realm.json");
	}

	/**
	 * 阳江市's own sign-in (统一身份认证) for the demo, the provider of the realm's
	 * {@code yangjiang}.
	 */
	Path providerRealmFile() {
		return realmFile().resolveSibling("yangjiang-idp-realm.json");
	}

	LocalSettings resolved() {
		if (this.dataDir == null) {
			this.dataDir = this.root.resolve("data").resolve("local");
		}
		return this;
	}

}
