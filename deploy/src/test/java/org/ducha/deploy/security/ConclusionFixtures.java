package org.ducha.deploy.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.inspection.conclusion.ConclusionReceipt;
import org.ducha.node.inspection.conclusion.Concluding;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh conclusions at a node for one authorization call, all on a carried-out plan of
 * the node inspecting one of its departments, drafted and approved by fixture people who
 * are none of the callers (so that any supervisor or leader may review): a draft, an
 * approved one, one issued to the department, one it signed for, one it objected to; and
 * the concrete call of each conclusion route on them.
 */
final class ConclusionFixtures {

	private final TestNode node;

	private final String department;

	ConclusionFixtures(TestNode node, String department) {
		this.node = node;
		this.department = department;
	}

	private Actor as(Role role, String unit) {
		return new Actor("fixture-" + role.claim(), "fixture-" + role.claim(), this.node.code(), unit, Set.of(role));
	}

	/** A carried-out announced plan of the node inspecting the department. */
	String plan() {
		String id = UUID.randomUUID().toString();
		JdbcClient jdbc = this.node.bean(JdbcClient.class);
		jdbc.sql("INSERT INTO inspection_plan (id, planning_node, planning_node_name, title, kind, methods, "
				+ "unannounced, starts_on, ends_on, basis_kind, status, drafted_by, drafted_at, approved_by, version) "
				+ "VALUES (?, ?, ?, '授权矩阵专项督查', 'SPECIAL', 'SITE_VISITS', FALSE, ?, ?, 'LEADER_INSTRUCTION', "
				+ "'CARRIED_OUT', 'fixture-planner', ?, 'fixture-plan-approver', 1)")
			.params(id, this.node.code(), this.node.code(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
					Timestamp.from(Instant.parse("2026-01-10T01:00:00Z")))
			.update();
		jdbc.sql("INSERT INTO inspection_plan_object (plan_id, position, unit_code, unit_name) VALUES (?, 0, ?, ?)")
			.params(id, this.department, this.department)
			.update();
		jdbc.sql("INSERT INTO inspection_plan_team (plan_id, position, username) VALUES (?, 0, 'fixture-team')")
			.param(id)
			.update();
		return id;
	}

	String draft() {
		return this.node.bean(Concluding.class)
			.draft(plan(), this.department, "授权矩阵：整改基本到位", as(Role.SUPERVISOR, this.node.code()))
			.id();
	}

	String approved() {
		String id = draft();
		this.node.bean(Concluding.class).approve(id, as(Role.LEADER, this.node.code()));
		return id;
	}

	String issued() {
		String id = approved();
		this.node.bean(Concluding.class).issue(id, as(Role.SUPERVISOR, this.node.code()));
		return id;
	}

	String signed() {
		String id = issued();
		this.node.bean(ConclusionReceipt.class).sign(id, as(Role.HANDLER, this.department));
		return id;
	}

	String objected() {
		String id = signed();
		this.node.bean(ConclusionReceipt.class).object(id, "事实认定有误", List.of(), as(Role.HANDLER, this.department));
		return id;
	}

	/** The call of a conclusion route on fresh objects; empty for another route. */
	Optional<LadderFixtures.Call> call(String method, String pattern) {
		LadderFixtures.Call call = switch (method + " " + pattern) {
			case "GET /api/v1/inspections/plans/{planId}/conclusions" ->
				new LadderFixtures.Call(path(pattern, plan()), null);
			case "POST /api/v1/inspections/plans/{planId}/conclusions" ->
				new LadderFixtures.Call(path(pattern, plan()), Map.of("unitCode", this.department, "text", "整改基本到位"));
			case "GET /api/v1/conclusions" -> new LadderFixtures.Call(pattern, null);
			case "GET /api/v1/conclusions/{id}" -> new LadderFixtures.Call(path(pattern, issued()), null);
			case "POST /api/v1/conclusions/{id}/approve" -> new LadderFixtures.Call(path(pattern, draft()), Map.of());
			case "POST /api/v1/conclusions/{id}/issue" -> new LadderFixtures.Call(path(pattern, approved()), Map.of());
			case "POST /api/v1/conclusions/{id}/sign" -> new LadderFixtures.Call(path(pattern, issued()), Map.of());
			case "POST /api/v1/conclusions/{id}/objection" ->
				new LadderFixtures.Call(path(pattern, signed()), Map.of("reasons", "事实认定有误"));
			case "POST /api/v1/conclusions/{id}/review" ->
				new LadderFixtures.Call(path(pattern, objected()), Map.of("outcome", "UPHELD"));
			default -> null;
		};
		return Optional.ofNullable(call);
	}

	/**
	 * The id-taking conclusion routes for the object-level tests: the department's own
	 * people read, sign and object, and never approve, issue or review; the nodes above
	 * read, and act on none.
	 */
	List<LadderFixtures.Case> cases() {
		return List.of(new LadderFixtures.Case("GET", "/api/v1/conclusions/{id}", this::issued, null, 200, 200),
				new LadderFixtures.Case("POST", "/api/v1/conclusions/{id}/approve", this::draft, Map.of(), 404, 403),
				new LadderFixtures.Case("POST", "/api/v1/conclusions/{id}/issue", this::approved, Map.of(), 404, 403),
				new LadderFixtures.Case("POST", "/api/v1/conclusions/{id}/sign", this::issued, Map.of(), 200, 403),
				new LadderFixtures.Case("POST", "/api/v1/conclusions/{id}/objection", this::signed,
						Map.of("reasons", "事实认定有误"), 200, 403),
				new LadderFixtures.Case("POST", "/api/v1/conclusions/{id}/review", this::objected,
						Map.of("outcome", "UPHELD"), 403, 403));
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
