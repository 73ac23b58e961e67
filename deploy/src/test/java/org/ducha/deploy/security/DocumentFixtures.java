package org.ducha.deploy.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.reminder.Urge;
import org.ducha.node.reminder.Urging;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;

/**
 * Fresh items at a node whose notices download as Word or PDF, all about one of its
 * departments: an assignment (the supervision notice), a reminder urging it by hand (the
 * urging notice), a rectification requirement (the rectification notice); and the
 * concrete call of each download route on them.
 */
final class DocumentFixtures {

	private final TestNode node;

	private final Fixtures tasks;

	private final FindingFixtures findings;

	DocumentFixtures(TestNode node, Fixtures tasks, FindingFixtures findings) {
		this.node = node;
		this.tasks = tasks;
		this.findings = findings;
	}

	/**
	 * A reminder urging a fresh assignment of the department, by a supervisor of the
	 * node.
	 */
	String reminder() {
		Actor supervisor = new Actor("fixture-supervisor", "督查员", this.node.code(), this.node.code(),
				Set.of(Role.SUPERVISOR));
		return this.node.bean(Urging.class)
			.urge(this.tasks.task().assignmentId(), new Urge(null, "请抓紧办理", false), supervisor)
			.id();
	}

	/** The call of a document route on fresh objects; empty for another route. */
	Optional<LadderFixtures.Call> call(String method, String pattern) {
		String id = switch (method + " " + pattern) {
			case "GET /api/v1/assignments/{id}/notice" -> this.tasks.task().assignmentId();
			case "GET /api/v1/reminders/{id}/notice" -> reminder();
			case "GET /api/v1/rectifications/{id}/notice" -> this.findings.requirement();
			default -> null;
		};
		return Optional.ofNullable(id)
			.map((object) -> new LadderFixtures.Call(pattern.replace("{id}", object) + "?format=pdf", null));
	}

	/**
	 * The download routes for the object-level tests: whoever reads the item downloads
	 * its notice, the department's own people and the nodes above alike.
	 */
	List<LadderFixtures.Case> cases() {
		return List.of(
				new LadderFixtures.Case("GET", "/api/v1/assignments/{id}/notice?format=pdf",
						() -> this.tasks.task().assignmentId(), null, 200, 200),
				new LadderFixtures.Case("GET", "/api/v1/reminders/{id}/notice?format=docx", this::reminder, null, 200,
						200),
				new LadderFixtures.Case("GET", "/api/v1/rectifications/{id}/notice?format=pdf",
						this.findings::requirement, null, 200, 200));
	}

}
