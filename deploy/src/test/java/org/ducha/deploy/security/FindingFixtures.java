package org.ducha.deploy.security;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.ducha.node.inspection.finding.CompletionVerifying;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.inspection.finding.RectificationRequiring;
import org.ducha.node.inspection.finding.RectificationWork;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

/**
 * Fresh inspection findings and rectification objects at a node for one authorization
 * call, all about one of its departments: a carried-out announced plan of the node on it,
 * a finding on the plan, a rectification requirement to the department (as issued,
 * reported by its handler, verified, visited), an assignment's completion request with a
 * verification asked; and the concrete call of each route on them.
 */
final class FindingFixtures {

	private final TestNode node;

	private final String department;

	private final Fixtures tasks;

	FindingFixtures(TestNode node, String department, Fixtures tasks) {
		this.node = node;
		this.department = department;
		this.tasks = tasks;
	}

	private Actor as(Role role, String unit) {
		return new Actor("fixture-" + role.claim(), "fixture-" + role.claim(), this.node.code(), unit, Set.of(role));
	}

	private Actor supervisor() {
		return as(Role.SUPERVISOR, this.node.code());
	}

	/**
	 * An announced plan of the node on the department, approved and carried out by its
	 * own people.
	 */
	String plan() {
		Planning planning = this.node.bean(Planning.class);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		UUID id = planning
			.draft(new PlanDraft("授权矩阵督查", PlanKind.SPECIAL, Set.of(InspectionMethod.SITE_VISITS), today,
					today.plusDays(30), List.of(this.department), List.of("督查员甲"),
					new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), null), supervisor())
			.plan()
			.id();
		planning.submit(id, "授权矩阵", supervisor());
		planning.approve(id, as(Role.LEADER, this.node.code()));
		planning.carryOut(id, supervisor());
		return id.toString();
	}

	String finding() {
		return this.node.bean(FindingRecording.class).record(plan(), "授权矩阵：台账不全", List.of(), supervisor()).id();
	}

	String requirement() {
		return this.node.bean(RectificationRequiring.class)
			.require(finding(), this.department, "补齐台账", 10, supervisor())
			.id();
	}

	String reported() {
		String id = requirement();
		this.node.bean(RectificationWork.class).report(id, "已补齐台账", List.of(), as(Role.HANDLER, this.department));
		return id;
	}

	String verified() {
		String id = reported();
		this.node.bean(RectificationWork.class).verify(id, true, "现场核实", supervisor());
		return id;
	}

	String visited() {
		String id = verified();
		this.node.bean(RectificationWork.class).visit(id, visitRecord(), supervisor());
		return id;
	}

	/** An assignment of the department whose completion request awaits a verification. */
	String verificationAsked() {
		String id = this.tasks.completionRequested().assignmentId();
		this.node.bean(CompletionVerifying.class).ask(id, supervisor());
		return id;
	}

	private static RectificationWork.VisitRecord visitRecord() {
		return new RectificationWork.VisitRecord(LocalDate.now(ZoneId.of("Asia/Shanghai")), true, true, "基层认可", "群众满意");
	}

	private static Map<String, Object> visitBody() {
		return Map.of("visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "factsClear", true, "complete",
				true, "grassrootsSaid", "基层认可", "publicSaid", "群众满意");
	}

	/**
	 * The call of a findings or rectification route on fresh objects; empty for another
	 * route.
	 */
	Optional<LadderFixtures.Call> call(String method, String pattern) {
		LadderFixtures.Call call = switch (method + " " + pattern) {
			case "GET /api/v1/inspections/plans/{planId}/findings",
					"GET /api/v1/inspections/plans/{planId}/rectifications" ->
				new LadderFixtures.Call(path(pattern, plan()), null);
			case "POST /api/v1/inspections/plans/{planId}/findings" ->
				new LadderFixtures.Call(path(pattern, plan()), Map.of("content", "台账不全"));
			case "POST /api/v1/inspections/findings/{findingId}/rectifications" ->
				new LadderFixtures.Call(path(pattern, finding()),
						Map.of("unitCode", this.department, "requirement", "补齐台账", "workingDays", 10));
			case "GET /api/v1/rectifications/{id}" -> new LadderFixtures.Call(path(pattern, requirement()), null);
			case "POST /api/v1/rectifications/{id}/reports" ->
				new LadderFixtures.Call(path(pattern, requirement()), Map.of("content", "已整改"));
			case "POST /api/v1/rectifications/{id}/verification" ->
				new LadderFixtures.Call(path(pattern, reported()), Map.of("confirmed", true, "notes", "现场核实"));
			case "POST /api/v1/rectifications/{id}/return-visits" ->
				new LadderFixtures.Call(path(pattern, verified()), visitBody());
			case "POST /api/v1/rectifications/{id}/close" -> new LadderFixtures.Call(path(pattern, visited()), null);
			case "GET /api/v1/assignments/{id}/verification" ->
				new LadderFixtures.Call(path(pattern, verificationAsked()), null);
			case "POST /api/v1/assignments/{id}/verification-request" ->
				new LadderFixtures.Call(path(pattern, this.tasks.completionRequested().assignmentId()), null);
			case "POST /api/v1/assignments/{id}/verification" ->
				new LadderFixtures.Call(path(pattern, verificationAsked()), Map.of("confirmed", true, "notes", "属实"));
			default -> null;
		};
		return Optional.ofNullable(call);
	}

	/**
	 * The id-taking routes for the object-level tests, on fresh objects about the
	 * department: its own people read and report its requirement; the nodes above read it
	 * (but not the plan's findings, which are the planning node's) and act on none.
	 */
	List<LadderFixtures.Case> cases() {
		Supplier<String> plan = this::plan;
		return List.of(new LadderFixtures.Case("GET", "/api/v1/inspections/plans/{id}/findings", plan, null, 404, 200),
				new LadderFixtures.Case("POST", "/api/v1/inspections/plans/{id}/findings", plan,
						Map.of("content", "越权发现"), 404, 403),
				new LadderFixtures.Case("GET", "/api/v1/inspections/plans/{id}/rectifications", plan, null, 404, 200),
				new LadderFixtures.Case("POST", "/api/v1/inspections/findings/{id}/rectifications", this::finding,
						Map.of("unitCode", this.department, "requirement", "越权", "workingDays", 5), 404, 403),
				new LadderFixtures.Case("GET", "/api/v1/rectifications/{id}", this::requirement, null, 200, 200),
				new LadderFixtures.Case("POST", "/api/v1/rectifications/{id}/reports", this::requirement,
						Map.of("content", "已整改"), 201, 403),
				new LadderFixtures.Case("POST", "/api/v1/rectifications/{id}/verification", this::reported,
						Map.of("confirmed", true, "notes", "越权核查"), 403, 403),
				new LadderFixtures.Case("POST", "/api/v1/rectifications/{id}/return-visits", this::verified,
						visitBody(), 403, 403),
				new LadderFixtures.Case("POST", "/api/v1/rectifications/{id}/close", this::visited, null, 403, 403),
				new LadderFixtures.Case("GET", "/api/v1/assignments/{id}/verification", this::verificationAsked, null,
						200, 200),
				new LadderFixtures.Case("POST", "/api/v1/assignments/{id}/verification-request",
						() -> this.tasks.completionRequested().assignmentId(), null, 403, 403),
				new LadderFixtures.Case("POST", "/api/v1/assignments/{id}/verification", this::verificationAsked,
						Map.of("confirmed", true, "notes", "越权"), 403, 403));
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
