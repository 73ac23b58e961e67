package org.ducha.deploy.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.ducha.node.priority.AnnualPriorities;
import org.ducha.node.priority.Prioritizing;
import org.ducha.node.priority.PriorityItem;
import org.ducha.node.priority.PriorityLinking;
import org.ducha.node.priority.PriorityStatus;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.specialreport.ItemKind;
import org.ducha.node.specialreport.ItemReference;
import org.ducha.node.specialreport.SpecialReportView;
import org.ducha.node.specialreport.SpecialReporting;
import org.ducha.node.testing.TestNode;

/**
 * Fresh special reports and annual priorities of a node for one authorization call, and
 * the concrete call of each of their routes. A special report cites a task of the node to
 * its department (a draft, a submitted one, one read and one instructed by a fixture
 * leader); priorities are one set a year, so the fixture keeps one approved set, and a
 * draft and a submitted set until a call moves them on.
 */
final class ReportsFixtures {

	private final TestNode node;

	private final String department;

	private final Fixtures fixtures;

	private int nextYear = 2040;

	private AnnualPriorities approved;

	private UUID draft;

	private UUID submitted;

	ReportsFixtures(TestNode node, String department, Fixtures fixtures) {
		this.node = node;
		this.department = department;
		this.fixtures = fixtures;
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

	private SpecialReporting reporting() {
		return this.node.bean(SpecialReporting.class);
	}

	String reportDraft() {
		return reporting()
			.compose("授权矩阵专报", "专报正文", List.of(new ItemReference(ItemKind.TASK, this.fixtures.task().taskId())),
					as(Role.SUPERVISOR))
			.report()
			.id()
			.toString();
	}

	String reportSubmitted() {
		String id = reportDraft();
		reporting().submit(UUID.fromString(id), as(Role.SUPERVISOR));
		return id;
	}

	String reportRead() {
		String id = reportSubmitted();
		reporting().read(UUID.fromString(id), as(Role.LEADER));
		return id;
	}

	/** An instructed report and its instruction: the path of the instruction's task. */
	String instructionTask() {
		String id = reportRead();
		SpecialReportView view = reporting().instruct(UUID.fromString(id), "请研究办理", as(Role.LEADER));
		return "/api/v1/special-reports/" + id + "/instructions/" + view.report().instructions().get(0).id() + "/task";
	}

	Map<String, Object> reportBody() {
		return Map.of("title", "授权矩阵新专报", "text", "正文", "items",
				List.of(Map.of("kind", "TASK", "id", this.fixtures.task().taskId())));
	}

	Map<String, Object> taskBody() {
		return Map.of("leadUnit", this.department, "deadline", LocalDate.now().plusDays(30).toString());
	}

	private Prioritizing prioritizing() {
		return this.node.bean(Prioritizing.class);
	}

	private AnnualPriorities drafted() {
		return prioritizing().draft(this.nextYear++, List.of(new PriorityItem(null, "授权矩阵重点", "说明")),
				as(Role.SUPERVISOR));
	}

	private PriorityStatus statusOf(UUID id) {
		return this.node.bean(PriorityLinking.class).get(id, as(Role.SUPERVISOR)).priorities().status();
	}

	String prioritiesDraft() {
		if (this.draft == null || statusOf(this.draft) != PriorityStatus.DRAFT) {
			this.draft = drafted().id();
		}
		return this.draft.toString();
	}

	String prioritiesSubmitted() {
		if (this.submitted == null || statusOf(this.submitted) != PriorityStatus.SUBMITTED) {
			this.submitted = prioritizing().submit(drafted().id(), as(Role.SUPERVISOR)).id();
		}
		return this.submitted.toString();
	}

	AnnualPriorities prioritiesApproved() {
		if (this.approved == null) {
			UUID id = prioritizing().submit(drafted().id(), as(Role.SUPERVISOR)).id();
			this.approved = prioritizing().approve(id, as(Role.LEADER));
		}
		return this.approved;
	}

	String item() {
		return prioritiesApproved().items().get(0).id().toString();
	}

	/**
	 * The call of a special report or priorities route on fresh objects; empty for
	 * another.
	 */
	Optional<Call> call(String method, String pattern) {
		final String reports = "/api/v1/special-reports";
		final String priorities = "/api/v1/priorities";
		Call call = switch (method + " " + pattern) {
			case "POST " + reports -> new Call(pattern, reportBody());
			case "GET " + reports + "/{id}" -> new Call(path(pattern, reportSubmitted()), null);
			case "GET " + reports + "/{id}/document" ->
				new Call(path(pattern, reportSubmitted()) + "?format=pdf", null);
			case "PUT " + reports + "/{id}" -> new Call(path(pattern, reportDraft()), reportBody());
			case "POST " + reports + "/{id}/submit" -> new Call(path(pattern, reportDraft()), null);
			case "POST " + reports + "/{id}/read" -> new Call(path(pattern, reportSubmitted()), null);
			case "POST " + reports + "/{id}/instructions" ->
				new Call(path(pattern, reportRead()), Map.of("text", "请抓紧办理"));
			case "POST " + reports + "/{id}/instructions/{instructionId}/task" ->
				new Call(instructionTask(), taskBody());
			case "POST " + priorities ->
				new Call(pattern, Map.of("year", this.nextYear++, "items", List.of(Map.of("title", "授权矩阵新重点"))));
			case "GET " + priorities + "/{id}" -> new Call(path(pattern, prioritiesApproved().id().toString()), null);
			case "PUT " + priorities + "/{id}" ->
				new Call(path(pattern, prioritiesDraft()), Map.of("items", List.of(Map.of("title", "改写的重点"))));
			case "POST " + priorities + "/{id}/submit" -> new Call(path(pattern, prioritiesDraft()), null);
			case "POST " + priorities + "/{id}/approve" -> new Call(path(pattern, prioritiesSubmitted()), null);
			case "POST " + priorities + "/{id}/send-back" ->
				new Call(path(pattern, prioritiesSubmitted()), Map.of("reason", "请补充"));
			case "POST " + priorities + "/items/{itemId}/links" ->
				new Call(path(pattern, item()), Map.of("kind", "TASK", "targetId", this.fixtures.task().taskId()));
			case "DELETE " + priorities + "/items/{itemId}/links/{kind}/{targetId}" ->
				new Call(path(path(path(pattern, item()), "TASK"), this.fixtures.task().taskId()), null);
			default -> null;
		};
		return Optional.ofNullable(call);
	}

	/**
	 * An id-taking route for the object-level tests: how to call it on a fresh object of
	 * the node, and what the department's own people and the supervisors of the nodes
	 * above get (a special report is for this node's leaders only; a draft or submitted
	 * set of priorities is this node's supervisors' and leaders' deliberation, and every
	 * step is this node's own; approved priorities are node-wide reads, in the matrix).
	 *
	 * @param method the HTTP method
	 * @param pattern the route, its variable named {@code {id}}
	 * @param object the object's id
	 * @param body the JSON body, if any
	 * @param own the status for the department's own people
	 * @param above the status for the supervisors of the nodes above
	 */
	record Case(String method, String pattern, Supplier<String> object, Object body, int own, int above) {
	}

	List<Case> cases() {
		String report = "/api/v1/special-reports/{id}";
		String priorities = "/api/v1/priorities/{id}";
		return List.of(new Case("GET", report, this::reportSubmitted, null, 404, 404),
				new Case("GET", report + "/document?format=pdf", this::reportSubmitted, null, 404, 404),
				new Case("PUT", report, this::reportDraft, reportBody(), 404, 404),
				new Case("POST", report + "/submit", this::reportDraft, null, 404, 404),
				new Case("POST", report + "/read", this::reportSubmitted, null, 404, 404),
				new Case("POST", report + "/instructions", this::reportRead, Map.of("text", "越权批示"), 404, 404),
				new Case("PUT", priorities, this::prioritiesDraft, Map.of("items", List.of(Map.of("title", "越权"))), 404,
						404),
				new Case("POST", priorities + "/submit", this::prioritiesDraft, null, 404, 404),
				new Case("POST", priorities + "/approve", this::prioritiesSubmitted, null, 404, 404));
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
