package org.ducha.node.federation.simulation;

import java.util.Optional;

import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node of the simulation: a real node (Spring context, schema) whose links the
 * simulation drives, its probe, and whether it is up. A real crash closes the node's
 * context, so that nothing it held in memory survives, and its restart starts a new
 * context over the same schema and data folder, as a node's process started again after
 * it was killed (docs/operations.md, "2. Crashes: the simulation restarts nodes for
 * real").
 */
final class SimNode {

	private final String code;

	private final TestNode.Builder builder;

	private final SimProbe probe;

	private final String parentCode;

	/** The running node; null between a real crash and its restart. */
	private TestNode node;

	private boolean up = true;

	private int restarts;

	/** Starts the node from its builder, on a new schema. */
	SimNode(TestNode.Builder builder, SimProbe probe, String parentCode) {
		this.builder = builder;
		this.probe = probe;
		this.parentCode = parentCode;
		this.node = builder.start();
		this.code = this.node.code();
		// the next starts are the same node's: its schema, already migrated by this start
		// with the same migrations (Flyway would only validate them again), and its data
		// folder
		builder.schema(this.node.schema())
			.property("ducha.node.data-dir", this.node.context().getEnvironment().getProperty("ducha.node.data-dir"))
			.property("spring.flyway.enabled", "false");
	}

	String code() {
		return this.code;
	}

	Optional<String> parentCode() {
		return Optional.ofNullable(this.parentCode);
	}

	<T> T bean(Class<T> type) {
		return testNode().context().getBean(type);
	}

	JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}

	SimProbe probe() {
		return this.probe;
	}

	boolean isUp() {
		return this.up;
	}

	/**
	 * The node dies without running anything more: its context is closed and thrown away
	 * (a context holds no state that closing it writes to the database: closing only
	 * releases the database connections).
	 */
	void kill() {
		this.up = false;
		TestNode dead = this.node;
		this.node = null;
		if (dead != null) {
			dead.close();
		}
	}

	/**
	 * The node dies but keeps its context: only what the simulation lost (its sessions,
	 * their queued tasks, the transaction that was running) is gone.
	 */
	void down() {
		this.up = false;
	}

	/** The node runs again: a new context over the same schema if it was killed. */
	void up() {
		if (this.node == null) {
			this.node = this.builder.start();
			this.restarts++;
		}
		this.up = true;
	}

	/** How many times a new context was started over the schema. */
	int restarts() {
		return this.restarts;
	}

	/** Whether the node was killed and has no context until it restarts. */
	boolean isKilled() {
		return this.node == null;
	}

	/** Empties the node's state and sets its links up again, with new log epochs. */
	void reset() {
		up();
		this.node.resetState();
		this.probe.reset();
	}

	/** The running node; a node killed and not yet restarted has none. */
	TestNode testNode() {
		if (this.node == null) {
			throw new IllegalStateException(this.code + " is down: its context was closed at its crash");
		}
		return this.node;
	}

	/** Stops the node for good. */
	void close() {
		if (this.node != null) {
			this.node.close();
			this.node = null;
		}
	}

	@Override
	public String toString() {
		return this.code;
	}

}
