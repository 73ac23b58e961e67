package org.ducha.node.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The units this node can assign tasks to: its departments and every government below it.
 */
@Service
public class Units {

	private final JdbcClient jdbc;

	private final NodeIdentity self;

	private final Directory directory;

	Units(JdbcClient jdbc, NodeIdentity self, Directory directory) {
		this.jdbc = jdbc;
		this.self = self;
		this.directory = directory;
	}

	public List<Unit> all() {
		List<Unit> units = new ArrayList<>(departments());
		units.add(new Unit(this.self.code(), this.self.name(), this.self.code(), true));
		for (DirectoryNode node : this.directory.all()) {
			units.add(new Unit(node.code(), (node.name() != null) ? node.name() : node.code(), node.code(), true));
		}
		return units;
	}

	public List<Unit> departments() {
		return this.jdbc.sql("SELECT code, name, node_code FROM unit ORDER BY code")
			.query((rs, row) -> new Unit(rs.getString("code"), rs.getString("name"), rs.getString("node_code"), false))
			.list();
	}

	/** A unit of this node or of a government below it. */
	public Optional<Unit> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (code.equals(this.self.code())) {
			return Optional.of(new Unit(code, this.self.name(), code, true));
		}
		Optional<DirectoryNode> node = this.directory.find(code);
		if (node.isPresent()) {
			return Optional.of(new Unit(code, (node.get().name() != null) ? node.get().name() : code, code, true));
		}
		return this.jdbc.sql("SELECT code, name, node_code FROM unit WHERE code = ?")
			.param(code)
			.query((rs, row) -> new Unit(rs.getString("code"), rs.getString("name"), rs.getString("node_code"), false))
			.optional();
	}

	public Unit require(String code) {
		return find(code).orElseThrow(() -> new UnknownUnitException(code));
	}

	/** Adds or renames one of this node's departments. */
	public void saveDepartment(String shortName, String name) {
		String code = this.self.code() + ":" + shortName;
		this.jdbc.sql(
				"INSERT INTO unit (code, name, node_code) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)")
			.params(code, name, this.self.code())
			.update();
	}

}
