package org.ducha.node.inspection.finding;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inspection plans written straight into a node's tables, as the plans feature stores
 * them, so that findings are specified apart from how plans are drafted and approved.
 */
final class PlanRows {

	private PlanRows() {
	}

	/** A plan of the node about one object unit, in a status; its id. */
	static String plan(TestNode node, String objectUnit, String objectName, boolean unannounced, String status,
			String... team) {
		String id = UUID.randomUUID().toString();
		JdbcClient jdbc = node.bean(JdbcClient.class);
		jdbc.sql("INSERT INTO inspection_plan (id, planning_node, planning_node_name, title, kind, methods, "
				+ "unannounced, starts_on, ends_on, basis_kind, basis_text, status, drafted_by, drafted_at, "
				+ "approved_by, approved_at, version) VALUES (?, ?, ?, ?, 'SPECIAL', 'SITE_VISITS', ?, ?, ?, "
				+ "'ANNUAL_PRIORITY', '年度重点工作', ?, 'supervisor', ?, 'leader', ?, 0)")
			.params(id, node.code(), node.code(), objectName + "专项督查", unannounced, LocalDate.of(2026, 5, 1),
					LocalDate.of(2026, 5, 31), status, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("INSERT INTO inspection_plan_object (plan_id, position, unit_code, unit_name) VALUES (?, 0, ?, ?)")
			.params(id, objectUnit, objectName)
			.update();
		for (int i = 0; i < team.length; i++) {
			jdbc.sql("INSERT INTO inspection_plan_team (plan_id, position, username) VALUES (?, ?, ?)")
				.params(id, i, team[i])
				.update();
		}
		return id;
	}

}
