package org.ducha.deploy.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ducha.node.accountability.Deciding;
import org.ducha.node.accountability.ManualProposal;
import org.ducha.node.accountability.ManualProposing;
import org.ducha.node.accountability.Rectifying;
import org.ducha.node.accountability.StepKind;
import org.ducha.node.people.NewPerson;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

/**
 * Fresh ladder objects at a node for one authorization call, all about one of its
 * departments: a person recorded for it, a proposal (as made, or confirmed), a notice
 * issued to it (with or without a rectification report of the department), a public
 * criticism of one of its people; and the concrete call of each ladder route on them.
 */
final class LadderFixtures {

	private final TestNode node;

	private final String department;

	/** Each naming to a post starts after the one before. */
	private final AtomicInteger days = new AtomicInteger();

	LadderFixtures(TestNode node, String department) {
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

	private Actor as(Role role, String unit) {
		return new Actor("fixture-" + role.claim(), "fixture-" + role.claim(), this.node.code(), unit, Set.of(role));
	}

	String person() {
		return this.node.bean(PeopleInCharge.class)
			.addPerson(this.department, new NewPerson("矩阵人员", "副局长", null), as(Role.SUPERVISOR, this.node.code()))
			.id();
	}

	String proposal() {
		return proposal(StepKind.REFERRAL, null);
	}

	private String proposal(StepKind kind, String personId) {
		return this.node.bean(ManualProposing.class)
			.propose(new ManualProposal(kind, this.department, null, personId, null, "授权矩阵：造成不良影响", null),
					as(Role.SUPERVISOR, this.node.code()))
			.id();
	}

	String confirmedProposal() {
		String id = proposal();
		this.node.bean(Deciding.class).confirm(id, "情况属实", null, as(Role.SUPERVISOR, this.node.code()));
		return id;
	}

	private String issued(StepKind kind, String personId) {
		String id = proposal(kind, personId);
		Deciding deciding = this.node.bean(Deciding.class);
		deciding.confirm(id, "情况属实", null, as(Role.SUPERVISOR, this.node.code()));
		return deciding.approve(id, null, as(Role.LEADER, this.node.code())).id();
	}

	String notice() {
		return issued(StepKind.NOTICE, null);
	}

	/** A notice whose rectification the department reported. */
	String reportedNotice() {
		String step = notice();
		this.node.bean(Rectifying.class).report(step, "已完成整改", as(Role.HANDLER, this.department));
		return step;
	}

	String criticism() {
		return issued(StepKind.CRITICISM, person());
	}

	/** The call of a ladder or people route on fresh objects; empty for another route. */
	Optional<Call> call(String method, String pattern) {
		String unit = this.department;
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Call call = switch (method + " " + pattern) {
			case "GET /api/v1/units/{code}/people", "GET /api/v1/units/{code}/record",
					"GET /api/v1/units/{code}/record.xlsx" ->
				new Call(path(pattern, unit), null);
			case "POST /api/v1/units/{code}/people" -> new Call(path(pattern, unit), Map.of("name", "矩阵新人"));
			case "POST /api/v1/units/{code}/charges" ->
				new Call(path(pattern, unit), Map.of("role", "DEPUTY", "personId", person(), "from",
						LocalDate.of(2001, 1, 1).plusDays(this.days.incrementAndGet()).toString()));
			case "GET /api/v1/people/{id}/record", "GET /api/v1/people/{id}/record.xlsx" ->
				new Call(path(pattern, person()), null);
			case "GET /api/v1/ladder/proposals/{id}" -> new Call(path(pattern, proposal()), null);
			case "POST /api/v1/ladder/proposals" ->
				new Call(pattern, Map.of("kind", "REFERRAL", "unitCode", unit, "reason", "造成恶劣影响"));
			case "POST /api/v1/ladder/proposals/{id}/confirm", "POST /api/v1/ladder/proposals/{id}/decline" ->
				new Call(path(pattern, proposal()), Map.of("reason", "情况属实"));
			case "POST /api/v1/ladder/proposals/{id}/approve" -> new Call(path(pattern, confirmedProposal()), Map.of());
			case "GET /api/v1/ladder/steps/{id}" -> new Call(path(pattern, notice()), null);
			case "POST /api/v1/ladder/steps/{id}/rectifications" ->
				new Call(path(pattern, notice()), Map.of("content", "已完成整改"));
			case "POST /api/v1/ladder/steps/{id}/rectification/accept" ->
				new Call(path(pattern, reportedNotice()), Map.of());
			case "POST /api/v1/ladder/steps/{id}/rectification/return" ->
				new Call(path(pattern, reportedNotice()), Map.of("reason", "整改不到位"));
			case "POST /api/v1/ladder/steps/{id}/explanation" -> new Call(path(pattern, criticism()),
					Map.of("meetingDate", today.toString(), "explanation", "作出说明", "commitment", "限期整改"));
			default -> null;
		};
		return Optional.ofNullable(call);
	}

	/**
	 * An id-taking route of the ladder for the object-level tests: how to call it on a
	 * fresh object about the department, and what the department's own people and the
	 * nodes above get (a read above is allowed, an act there is not; proposals are the
	 * government's deliberation, not the unit's).
	 *
	 * @param method the HTTP method
	 * @param pattern the route, its variable named {@code {id}}
	 * @param object the object's id (the unit's code for a unit's routes)
	 * @param body the JSON body, if any
	 * @param own the status for the department's own people
	 * @param above the status for the supervisors of the nodes above
	 */
	record Case(String method, String pattern, Supplier<String> object, Object body, int own, int above) {
	}

	List<Case> cases() {
		Supplier<String> unit = () -> this.department;
		Map<String, String> reason = Map.of("reason", "情况属实");
		return List.of(new Case("GET", "/api/v1/units/{id}/people", unit, null, 200, 200),
				new Case("POST", "/api/v1/units/{id}/people", unit, Map.of("name", "越权"), 403, 403),
				new Case("POST", "/api/v1/units/{id}/charges", unit,
						Map.of("role", "DEPUTY", "personId", person(), "from", "2026-01-01"), 403, 403),
				new Case("GET", "/api/v1/units/{id}/record", unit, null, 200, 200),
				new Case("GET", "/api/v1/units/{id}/record.xlsx", unit, null, 200, 200),
				new Case("GET", "/api/v1/people/{id}/record", this::person, null, 200, 200),
				new Case("GET", "/api/v1/people/{id}/record.xlsx", this::person, null, 200, 200),
				new Case("GET", "/api/v1/ladder/proposals/{id}", this::proposal, null, 404, 200),
				new Case("POST", "/api/v1/ladder/proposals/{id}/confirm", this::proposal, reason, 404, 403),
				new Case("POST", "/api/v1/ladder/proposals/{id}/decline", this::proposal, reason, 404, 403),
				new Case("POST", "/api/v1/ladder/proposals/{id}/approve", this::confirmedProposal, Map.of(), 404, 403),
				new Case("GET", "/api/v1/ladder/steps/{id}", this::notice, null, 200, 200),
				new Case("POST", "/api/v1/ladder/steps/{id}/rectifications", this::notice, Map.of("content", "已整改"),
						201, 403),
				new Case("POST", "/api/v1/ladder/steps/{id}/rectification/accept", this::reportedNotice, Map.of(), 403,
						403),
				new Case("POST", "/api/v1/ladder/steps/{id}/rectification/return", this::reportedNotice,
						Map.of("reason", "不到位"), 403, 403),
				new Case("POST", "/api/v1/ladder/steps/{id}/explanation", this::criticism, Map.of("meetingDate",
						LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "explanation", "说明", "commitment", "承诺"),
						403, 403));
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
