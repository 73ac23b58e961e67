package org.ducha.node.federation.simulation;

import java.util.Optional;

import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node of the simulation: a real node (Spring context, schema) whose links the
 * simulation drives, its probe, and whether it is up.
 */
final class SimNode {

	private final TestNode node;

	private final SimProbe probe;

	private final String parentCode;

	private boolean up = true;

	SimNode(TestNode node, SimProbe probe, String parentCode) {
		this.node = node;
		this.probe = probe;
		this.parentCode = parentCode;
	}

	String code() {
		return this.node.code();
	}

	Optional<String> parentCode() {
		return Optional.ofNullable(this.parentCode);
	}

	<T> T bean(Class<T> type) {
		return this.node.bean(type);
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

	void down() {
		this.up = false;
	}

	void up() {
		this.up = true;
	}

	/** Empties the node's state and sets its links up again, with new log epochs. */
	void reset() {
		this.node.resetState();
		this.probe.reset();
		this.up = true;
	}

	TestNode testNode() {
		return this.node;
	}

	@Override
	public String toString() {
		return code();
	}

}
