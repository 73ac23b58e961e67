package org.ducha.node.assessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units of this node's subtree as known here: this government, its departments, the
 * governments below it, and every other unit of a node below that an assignment known
 * here names (a county's department assigned a task issued here).
 */
@Component
class AssessedUnits {

	private final Units units;

	private final Directory directory;

	private final JdbcClient jdbc;

	AssessedUnits(Units units, Directory directory, JdbcClient jdbc) {
		this.units = units;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	List<String> codes() {
		Set<String> codes = new LinkedHashSet<>();
		this.units.all().stream().map(Unit::code).forEach(codes::add);
		this.jdbc.sql("SELECT DISTINCT unit_code, unit_node FROM assignment ORDER BY unit_code")
			.query((rs, row) -> new String[] { rs.getString("unit_code"), rs.getString("unit_node") })
			.list()
			.stream()
			.filter((unit) -> this.directory.isSelfOrBelow(unit[1]))
			.forEach((unit) -> codes.add(unit[0]));
		return List.copyOf(codes);
	}

	/** A node's name as known here, its code when unknown. */
	String nodeName(String nodeCode) {
		return this.units.find(nodeCode).map(Unit::name).orElse(nodeCode);
	}

}
