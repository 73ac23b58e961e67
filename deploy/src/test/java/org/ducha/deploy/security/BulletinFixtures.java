package org.ducha.deploy.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.ducha.node.bulletin.BulletinDeciding;
import org.ducha.node.bulletin.BulletinDrafting;
import org.ducha.node.bulletin.BulletinKind;
import org.ducha.node.bulletin.BulletinRequest;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

/**
 * Fresh bulletins of a node for one authorization call, naming one of its departments: a
 * draft, one submitted, one approved, one published (numbered, with its Word and PDF
 * files), made by fixture people who are none of the callers; and the concrete call of
 * each route on them.
 */
final class BulletinFixtures {

	private final TestNode node;

	private final String department;

	BulletinFixtures(TestNode node, String department) {
		this.node = node;
		this.department = department;
	}

	private Actor as(Role role) {
		return new Actor("fixture-" + role.claim(), "fixture-" + role.claim(), this.node.code(), this.node.code(),
				Set.of(role));
	}

	String draft() {
		LocalDate month = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1).minusMonths(1);
		return this.node.bean(BulletinDrafting.class)
			.generate(new BulletinRequest(BulletinKind.MONTHLY, month, month.plusMonths(1).minusDays(1), null,
					List.of(this.department)), as(Role.SUPERVISOR))
			.id();
	}

	String submitted() {
		String id = draft();
		this.node.bean(BulletinDrafting.class).submit(id, as(Role.SUPERVISOR));
		return id;
	}

	String approved() {
		String id = submitted();
		this.node.bean(BulletinDeciding.class).approve(id, as(Role.LEADER));
		return id;
	}

	String published() {
		String id = approved();
		this.node.bean(BulletinDeciding.class).publish(id, as(Role.LEADER));
		return id;
	}

	/** The call of a bulletin route on fresh objects; empty for another route. */
	Optional<LadderFixtures.Call> call(String method, String pattern) {
		LadderFixtures.Call call = switch (method + " " + pattern) {
			case "POST /api/v1/bulletins" -> new LadderFixtures.Call(pattern, Map.of("kind", "AD_HOC", "from",
					"2026-01-01", "to", "2026-01-31", "unitCodes", List.of(this.department)));
			case "GET /api/v1/bulletins/{id}", "GET /api/v1/bulletins/{id}/docx", "GET /api/v1/bulletins/{id}/pdf" ->
				new LadderFixtures.Call(path(pattern, published()), null);
			case "PUT /api/v1/bulletins/{id}" ->
				new LadderFixtures.Call(path(pattern, draft()), Map.of("preface", "现将有关情况通报如下。"));
			case "POST /api/v1/bulletins/{id}/submit" -> new LadderFixtures.Call(path(pattern, draft()), null);
			case "POST /api/v1/bulletins/{id}/approve" -> new LadderFixtures.Call(path(pattern, submitted()), null);
			case "POST /api/v1/bulletins/{id}/return" ->
				new LadderFixtures.Call(path(pattern, submitted()), Map.of("reason", "表述不准确"));
			case "POST /api/v1/bulletins/{id}/publish" -> new LadderFixtures.Call(path(pattern, approved()), null);
			case "POST /api/v1/bulletins/{id}/corrections" -> new LadderFixtures.Call(path(pattern, published()), null);
			default -> null;
		};
		return Optional.ofNullable(call);
	}

	/**
	 * The id-taking routes for the object-level tests, on fresh bulletins of the node
	 * naming the department: its own people read a published one and its files and act on
	 * none; the nodes above read it too; a bulletin not yet published is seen by the
	 * node's supervisors and leaders only.
	 */
	List<LadderFixtures.Case> cases() {
		Supplier<String> published = this::published;
		return List.of(new LadderFixtures.Case("GET", "/api/v1/bulletins/{id}", published, null, 200, 200),
				new LadderFixtures.Case("GET", "/api/v1/bulletins/{id}/docx", published, null, 200, 200),
				new LadderFixtures.Case("GET", "/api/v1/bulletins/{id}/pdf", published, null, 200, 200),
				new LadderFixtures.Case("POST", "/api/v1/bulletins/{id}/corrections", published, null, 403, 403),
				new LadderFixtures.Case("PUT", "/api/v1/bulletins/{id}", this::draft, Map.of("preface", "越权修改"), 404,
						404),
				new LadderFixtures.Case("POST", "/api/v1/bulletins/{id}/submit", this::draft, null, 404, 404),
				new LadderFixtures.Case("POST", "/api/v1/bulletins/{id}/approve", this::submitted, null, 404, 404),
				new LadderFixtures.Case("POST", "/api/v1/bulletins/{id}/return", this::submitted,
						Map.of("reason", "越权退回"), 404, 404),
				new LadderFixtures.Case("POST", "/api/v1/bulletins/{id}/publish", this::approved, null, 404, 404));
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
