package org.ducha.node.federation.simulation;

import java.util.List;
import java.util.Optional;

import org.ducha.node.federation.Directory;
import org.ducha.node.federation.FederationBootstrap;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node of the simulation: a real node (Spring context, schema) whose links the
 * simulation drives, its probe, and whether it is up.
 */
final class SimNode {

	/** Tables emptied between seeds; the unit list and Flyway's history stay. */
	private static final List<String> STATE = List.of("audit_event", "fed_link", "fed_outbound_log",
			"fed_outbound_entry", "fed_inbound_cursor", "fed_applied_event", "fed_parked_event", "fed_directory_node",
			"task", "assignment", "progress_report", "alert", "task_number");

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
		for (String table : STATE) {
			jdbc().sql("DELETE FROM " + table).update();
		}
		bean(FederationBootstrap.class).ensureLinks();
		bean(Directory.class).reload();
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
