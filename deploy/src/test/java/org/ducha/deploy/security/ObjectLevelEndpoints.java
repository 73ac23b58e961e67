package org.ducha.deploy.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The id-taking endpoints of a county node that
 * {@link ObjectLevelAuthorizationIntegrationTests} calls on objects of its department
 * 441704:jyj, with the status each caller relation gets: the task's own and those the
 * ladder, plan, conclusion, finding and document fixtures add.
 */
final class ObjectLevelEndpoints {

	private final LadderFixtures ladder;

	private final InspectionPlanFixtures plans;

	private final ConclusionFixtures conclusions;

	private final FindingFixtures findings;

	private final DocumentFixtures documents;

	private final BulletinFixtures bulletins;

	private final ReportsFixtures reports;

	ObjectLevelEndpoints(LadderFixtures ladder, InspectionPlanFixtures plans, ConclusionFixtures conclusions,
			FindingFixtures findings, DocumentFixtures documents, BulletinFixtures bulletins, ReportsFixtures reports) {
		this.reports = reports;
		this.ladder = ladder;
		this.plans = plans;
		this.conclusions = conclusions;
		this.findings = findings;
		this.documents = documents;
		this.bulletins = bulletins;
	}

	/**
	 * An id-taking endpoint: how to call it on a fresh object, and the status each
	 * relation gets (a read above the county is allowed; an act there is not).
	 */
	record Endpoint(String method, String pattern, Function<Fixtures, String> object, Object body,
			Map<String, Integer> expected) {
	}

	private static Map<String, Integer> expect(int own, int above) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("own unit", own);
		expected.put("another unit of the county", 404);
		expected.put("sibling county", 404);
		expected.put("county of another city", 404);
		expected.put("parent city", above);
		expected.put("province", above);
		expected.put("nobody", 401);
		return expected;
	}

	private static List<Endpoint> endpoints() {
		Function<Fixtures, String> task = (f) -> f.task().taskId();
		Function<Fixtures, String> assignment = (f) -> f.task().assignmentId();
		Function<Fixtures, String> signed = (f) -> f.signedTask().assignmentId();
		Function<Fixtures, String> draft = Fixtures::draft;
		Function<Fixtures, String> pending = Fixtures::pendingTask;
		Map<String, Object> draftBody = Map.of("title", "县内草稿", "source", "LEADER_INSTRUCTION", "type", "ROUTINE",
				"deadline", "2030-01-31", "assignees", List.of(Map.of("unitCode", "441704:jyj", "role", "LEAD")));
		Map<String, String> reason = Map.of("reason", "情况变化");
		return List.of(new Endpoint("GET", "/api/v1/tasks/{id}", task, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/tasks/{id}/reports", task, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/tasks/{id}/revisions", task, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/tasks/{id}/timeline", task, null, expect(200, 200)),
				new Endpoint("PUT", "/api/v1/tasks/{id}", draft, draftBody, expect(404, 404)),
				new Endpoint("DELETE", "/api/v1/tasks/{id}", draft, null, expect(404, 404)),
				new Endpoint("POST", "/api/v1/tasks/{id}/submit", draft, null, expect(404, 404)),
				new Endpoint("POST", "/api/v1/tasks/{id}/approve", pending, null, expect(404, 404)),
				new Endpoint("POST", "/api/v1/tasks/{id}/reject", pending, reason, expect(404, 404)),
				new Endpoint("POST", "/api/v1/tasks/{id}/revise", task,
						Map.of("deadline", "2030-06-30", "reason", "延后"), expect(403, 403)),
				new Endpoint("POST", "/api/v1/tasks/{id}/withdraw", task, reason, expect(403, 403)),
				new Endpoint("POST", "/api/v1/tasks/{id}/suspend", task, reason, expect(403, 403)),
				new Endpoint("POST", "/api/v1/tasks/{id}/resume", Fixtures::suspendedTask, null, expect(403, 403)),
				new Endpoint("POST", "/api/v1/tasks/{id}/control-request/approve", Fixtures::suspensionAsked, null,
						expect(403, 403)),
				new Endpoint("POST", "/api/v1/tasks/{id}/control-request/refuse", Fixtures::suspensionAsked, reason,
						expect(403, 403)),
				new Endpoint("GET", "/api/v1/tasks/{id}/control-requests", task, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/assignments/{id}/schedule", assignment, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/assignments/{id}/reminders", assignment, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/assignments/{id}/sign", assignment, null, expect(200, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/reports", signed,
						Map.of("percentComplete", 20, "progress", "已部署"), expect(201, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/reminders", assignment, Map.of("message", "请抓紧"),
						expect(403, 403)),
				new Endpoint("GET", "/api/v1/assignments/{id}", assignment, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/assignments/{id}/roll-up", assignment, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/assignments/{id}/sub-tasks", signed,
						Map.of("title", "县内分解", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
								LocalDate.now().plusDays(20).toString(), "assignees",
								List.of(Map.of("unitCode", "441704:nyj", "role", "LEAD"))),
						expect(403, 403)),
				new Endpoint("GET", "/api/v1/assignments/{id}/extensions", assignment, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/assignments/{id}/return", assignment, Map.of("reason", "不属于本单位"),
						expect(200, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/extensions", assignment,
						Map.of("requestedDate", LocalDate.now().plusDays(60).toString(), "reason", "汛期影响施工"),
						expect(201, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/completion", signed, Map.of("evidence", "已完成"),
						expect(200, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/completion/approve",
						(f) -> f.completionRequested().assignmentId(), Map.of(), expect(403, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/reassign", (f) -> f.returnedTask().assignmentId(),
						Map.of("unitCode", "441704"), expect(403, 403)),
				new Endpoint("GET", "/api/v1/extensions/{id}", Fixtures::extensionRequest, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/extensions/{id}/approve", Fixtures::extensionRequest,
						Map.of("approvedDate", LocalDate.now().plusDays(45).toString()), expect(403, 403)),
				new Endpoint("GET", "/api/v1/assignments/{id}/coordinations", assignment, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/assignments/{id}/coordination-status", assignment, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/assignments/{id}/coordinations", signed,
						Map.of("date", Fixtures.yesterday().toString(), "withUnits", List.of("441702"), "matter",
								"经费分担", "outcome", "UNRESOLVED"),
						expect(201, 403)),
				new Endpoint("POST", "/api/v1/assignments/{id}/coordination-report",
						(f) -> f.coordinationReportOwed().assignmentId(),
						Map.of("process", "两次协调", "reasons", "分歧", "suggestions", "请上级统筹"), expect(201, 403)),
				new Endpoint("GET", "/api/v1/assignments/{id}/contributions", assignment, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/assignments/{id}/contributions",
						(f) -> f.signedCoAssignment("441704:nyj").assignmentId(), Map.of("progress", "协办材料"),
						expect(201, 403)),
				new Endpoint("POST", "/api/v1/reports/{id}/return", Fixtures::report, Map.of("reason", "内容不全"),
						expect(403, 403)),
				new Endpoint("GET", "/api/v1/alerts/{id}", Fixtures::alert, null, expect(200, 200)),
				new Endpoint("GET", "/api/v1/attachments/{id}", Fixtures::attachment, null, expect(200, 200)),
				new Endpoint("POST", "/api/v1/alerts/{id}/acknowledge", Fixtures::alert, null, expect(200, 403)),
				new Endpoint("POST", "/api/v1/inbox/{id}/read", Fixtures::inboxItem, null, expect(200, 404)),
				new Endpoint("POST", "/api/v1/inbox/{id}/sign", Fixtures::inboxItem, null, expect(200, 404)),
				new Endpoint("GET", "/api/v1/assessment/scores/{id}?year=2026", (f) -> "441704:jyj", null,
						expect(200, 200)));
	}

	List<Endpoint> all() {
		List<Endpoint> all = new ArrayList<>(endpoints());
		Stream.concat(ladder.cases().stream(), conclusions.cases().stream())
			.forEach((c) -> all.add(new Endpoint(c.method(), c.pattern(), (f) -> c.object().get(), c.body(),
					expect(c.own(), c.above()))));
		plans.cases()
			.forEach((c) -> all.add(new Endpoint(c.method(), c.pattern(), (f) -> c.object().get(), c.body(),
					expect(c.own(), c.above()))));
		Stream.concat(findings.cases().stream(), bulletins.cases().stream())
			.forEach((c) -> all.add(new Endpoint(c.method(), c.pattern(), (f) -> c.object().get(), c.body(),
					expect(c.own(), c.above()))));
		documents.cases()
			.forEach((c) -> all.add(new Endpoint(c.method(), c.pattern(), (f) -> c.object().get(), c.body(),
					expect(c.own(), c.above()))));
		reports.cases()
			.forEach((c) -> all.add(new Endpoint(c.method(), c.pattern(), (f) -> c.object().get(), c.body(),
					expect(c.own(), c.above()))));
		return all;
	}

}
