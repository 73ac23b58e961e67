package org.ducha.deploy.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

/**
 * Fresh inspection plans of a node for one authorization call, all inspecting one of its
 * departments: a draft, one awaiting approval, an approved one, one carried out; and the
 * concrete call of each plan route on them.
 */
final class InspectionPlanFixtures {

	private final TestNode node;

	private final String department;

	InspectionPlanFixtures(TestNode node, String department) {
		this.node = node;
		this.department = department;
	}

	/**
	 * A route's concrete call.
	 *
	 * @param uri the path with its variables
	 * @param body the JSON body, if any
	 */
	record Call(String uri, Object body) {
	}

	private Actor as(Role role) {
		return new Actor("fixture-" + role.claim(), "fixture-" + role.claim(), this.node.code(), this.node.code(),
				Set.of(role));
	}

	private Planning planning() {
		return this.node.bean(Planning.class);
	}

	String draft() {
		return planning()
			.draft(new PlanDraft("授权矩阵督查方案", PlanKind.ROUTINE, Set.of(InspectionMethod.DOCUMENT_REVIEW),
					LocalDate.parse("2030-03-01"), LocalDate.parse("2030-03-31"), List.of(this.department),
					List.of("督查员甲"), new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), "授权矩阵"),
					as(Role.SUPERVISOR))
			.plan()
			.id()
			.toString();
	}

	String awaiting() {
		String id = draft();
		planning().submit(UUID.fromString(id), "授权矩阵", as(Role.SUPERVISOR));
		return id;
	}

	String approved() {
		String id = awaiting();
		planning().approve(UUID.fromString(id), as(Role.LEADER));
		return id;
	}

	String carriedOut() {
		String id = approved();
		planning().carryOut(UUID.fromString(id), as(Role.SUPERVISOR));
		return id;
	}

	Map<String, Object> body() {
		return Map.of("title", "授权矩阵新方案", "kind", "SPECIAL", "methods", List.of("SITE_VISITS"), "startsOn",
				"2030-04-01", "endsOn", "2030-04-10", "objects", List.of(this.department), "team", List.of("督查员乙"),
				"basisKind", "LEADER_INSTRUCTION", "basisText", "领导批示");
	}

	/** The call of a plan route on fresh objects; empty for another route. */
	Optional<Call> call(String method, String pattern) {
		Call call = switch (method + " " + pattern) {
			case "POST /api/v1/inspections/plans" -> new Call(pattern, body());
			case "GET /api/v1/inspections/plans/{id}" -> new Call(path(pattern, approved()), null);
			case "PUT /api/v1/inspections/plans/{id}" -> new Call(path(pattern, draft()), body());
			case "POST /api/v1/inspections/plans/{id}/submit" ->
				new Call(path(pattern, draft()), Map.of("duplicateReason", "授权矩阵"));
			case "POST /api/v1/inspections/plans/{id}/withdraw" -> new Call(path(pattern, draft()), Map.of());
			case "POST /api/v1/inspections/plans/{id}/approve" -> new Call(path(pattern, awaiting()), Map.of());
			case "POST /api/v1/inspections/plans/{id}/send-back" ->
				new Call(path(pattern, awaiting()), Map.of("reason", "范围不清"));
			case "POST /api/v1/inspections/plans/{id}/carry-out" -> new Call(path(pattern, approved()), Map.of());
			case "POST /api/v1/inspections/plans/{id}/close" -> new Call(path(pattern, carriedOut()), Map.of());
			default -> null;
		};
		return Optional.ofNullable(call);
	}

	/**
	 * An id-taking plan route for the object-level tests: how to call it on a fresh plan
	 * of the node about the department, and what the department's own people and the
	 * supervisors of the nodes above get (an approved plan is read by the inspected unit;
	 * drafts and plans awaiting approval are the planner's deliberation; every step is
	 * the planner's own).
	 *
	 * @param method the HTTP method
	 * @param pattern the route, its variable named {@code {id}}
	 * @param object the plan's id
	 * @param body the JSON body, if any
	 * @param own the status for the department's own people
	 * @param above the status for the supervisors of the nodes above
	 */
	record Case(String method, String pattern, Supplier<String> object, Object body, int own, int above) {
	}

	List<Case> cases() {
		String one = "/api/v1/inspections/plans/{id}";
		return List.of(new Case("GET", one, this::approved, null, 200, 200),
				new Case("PUT", one, this::draft, body(), 404, 403),
				new Case("POST", one + "/submit", this::draft, Map.of("duplicateReason", "越权"), 404, 403),
				new Case("POST", one + "/withdraw", this::draft, Map.of(), 404, 403),
				new Case("POST", one + "/approve", this::awaiting, Map.of(), 404, 403),
				new Case("POST", one + "/send-back", this::awaiting, Map.of("reason", "越权"), 404, 403),
				new Case("POST", one + "/carry-out", this::approved, Map.of(), 403, 403),
				new Case("POST", one + "/close", this::carriedOut, Map.of(), 403, 403));
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
