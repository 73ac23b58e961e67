package org.ducha.deploy.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The concrete call of every route of the authorization matrix at the city, on fresh
 * objects of its department 441700:fgj: the path with its variables filled in and the
 * body the route needs ({@link AuthorizationMatrixIntegrationTests}).
 */
final class MatrixRequests {

	private final Fixtures fixtures;

	private final LadderFixtures ladder;

	private final InspectionPlanFixtures plans;

	private final ConclusionFixtures conclusions;

	private final FindingFixtures findings;

	private final DocumentFixtures documents;

	private final BulletinFixtures bulletins;

	private final ReportsFixtures reports;

	MatrixRequests(Fixtures fixtures, LadderFixtures ladder, InspectionPlanFixtures plans,
			ConclusionFixtures conclusions, FindingFixtures findings, DocumentFixtures documents,
			BulletinFixtures bulletins, ReportsFixtures reports) {
		this.reports = reports;
		this.fixtures = fixtures;
		this.ladder = ladder;
		this.plans = plans;
		this.conclusions = conclusions;
		this.findings = findings;
		this.documents = documents;
		this.bulletins = bulletins;
	}

	/**
	 * A route's concrete call.
	 *
	 * @param uri the path with its variables and query
	 * @param body the JSON body (or multipart parts), if any
	 */
	record Request(String uri, Object body) {
	}

	Request request(String pattern, String method) {
		Optional<LadderFixtures.Call> onTheLadder = ladder.call(method, pattern)
			.or(() -> conclusions.call(method, pattern))
			.or(() -> findings.call(method, pattern))
			.or(() -> documents.call(method, pattern))
			.or(() -> bulletins.call(method, pattern));
		if (onTheLadder.isPresent()) {
			return new Request(onTheLadder.get().uri(), onTheLadder.get().body());
		}
		Optional<ReportsFixtures.Call> onAReport = reports.call(method, pattern);
		if (onAReport.isPresent()) {
			return new Request(onAReport.get().uri(), onAReport.get().body());
		}
		Optional<InspectionPlanFixtures.Call> onAPlan = plans.call(method, pattern);
		if (onAPlan.isPresent()) {
			return new Request(onAPlan.get().uri(), onAPlan.get().body());
		}
		String user441704 = "/440000/441700/441704/jyj";
		return switch (method + " " + pattern) {
			case "GET /api/v1/admin/users/{id}" -> new Request(path(pattern, fixtures.userId("handler-441704")), null);
			case "POST /api/v1/admin/users" -> new Request(pattern,
					Map.of("username", "matrix-" + UUID.randomUUID().toString().substring(0, 8), "firstName", "矩阵",
							"groupCode", "441704:jyj", "roles", List.of("handler"), "temporaryPassword",
							"Matrix-Demo-2026"));
			case "POST /api/v1/admin/administrators" -> new Request(pattern,
					Map.of("username", "matrix-auditor-" + UUID.randomUUID().toString().substring(0, 8), "firstName",
							"矩阵审计员", "email", "matrix-auditor@example.gov.cn", "nodeCode", "441704", "role",
							"auditor"));
			case "POST /api/v1/admin/users/{id}/disable", "POST /api/v1/admin/users/{id}/enable" ->
				new Request(path(pattern, fixtures.user(user441704)), null);
			case "POST /api/v1/admin/users/{id}/move" ->
				new Request(path(pattern, fixtures.user(user441704)), Map.of("groupCode", "441704"));
			case "PUT /api/v1/admin/calendar/notices/{year}" -> new Request(path(pattern, "2029"), Map.of("reason",
					"2029年部分节假日安排", "days", List.of(Map.of("date", "2029-10-01", "name", "国庆节", "offDay", true))));
			case "PUT /api/v1/assessment/formula" -> new Request(pattern,
					Map.of("reason", "授权矩阵", "rules", List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", 100))));
			case "GET /api/v1/assessment/scores", "GET /api/v1/assessment/scores.xlsx" ->
				new Request(pattern + "?year=2026", null);
			case "GET /api/v1/assessment/scores/{unitCode}" ->
				new Request(path(pattern, "441700:fgj") + "?year=2026", null);
			case "GET /api/v1/admin/divisions/{code}" -> new Request(path(pattern, "441704"), null);
			case "PUT /api/v1/admin/divisions/{code}" ->
				new Request(path(pattern, "441799"), Map.of("name", "阳江新区", "parentCode", "441700", "reason", "授权矩阵"));
			case "DELETE /api/v1/admin/divisions/{code}" ->
				new Request(path(pattern, "441799") + "?reason=" + "retired", null);
			case "GET /api/v1/federation/links/{peer}/quarantine" -> new Request(path(pattern, "441704"), null);
			case "POST /api/v1/alerts" -> new Request(pattern,
					Map.of("kind", "PROMPT", "toNode", "441700", "toUnit", "441700:fgj", "title", "授权矩阵提示"));
			case "POST /api/v1/attachments" -> new Request(pattern, upload());
			case "GET /api/v1/attachments/{sha256}" -> new Request(path(pattern, fixtures.attachment()), null);
			case "GET /api/v1/alerts/{id}", "POST /api/v1/alerts/{id}/acknowledge" ->
				new Request(path(pattern, fixtures.alert()), null);
			case "GET /api/v1/assignments/{id}/reminders", "GET /api/v1/assignments/{id}/schedule",
					"POST /api/v1/assignments/{id}/sign" ->
				new Request(path(pattern, fixtures.task().assignmentId()), null);
			case "GET /api/v1/assignments/{id}", "GET /api/v1/assignments/{id}/extensions",
					"GET /api/v1/assignments/{id}/roll-up" ->
				new Request(path(pattern, fixtures.task().assignmentId()), null);
			case "POST /api/v1/assignments/{id}/sub-tasks" ->
				new Request(path(pattern, fixtures.signedTask().assignmentId()),
						Map.of("title", "授权矩阵分解", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
								LocalDate.now().plusDays(20).toString(), "assignees",
								List.of(Map.of("unitCode", "441704", "role", "LEAD"))));
			case "POST /api/v1/assignments/{id}/return" ->
				new Request(path(pattern, fixtures.task().assignmentId()), Map.of("reason", "不属于本单位职责"));
			case "POST /api/v1/assignments/{id}/reassign" ->
				new Request(path(pattern, fixtures.returnedTask().assignmentId()), Map.of("unitCode", "441704"));
			case "POST /api/v1/assignments/{id}/extensions" ->
				new Request(path(pattern, fixtures.task().assignmentId()),
						Map.of("requestedDate", LocalDate.now().plusDays(60).toString(), "reason", "汛期影响施工"));
			case "POST /api/v1/assignments/{id}/completion" ->
				new Request(path(pattern, fixtures.signedTask().assignmentId()), Map.of("evidence", "已全部完成"));
			case "POST /api/v1/assignments/{id}/completion/approve",
					"POST /api/v1/assignments/{id}/completion/refuse" ->
				new Request(path(pattern, fixtures.completionRequested().assignmentId()), Map.of("reason", "缺少验收材料"));
			case "GET /api/v1/extensions/{id}" -> new Request(path(pattern, fixtures.extensionRequest()), null);
			case "POST /api/v1/extensions/{id}/approve", "POST /api/v1/extensions/{id}/refuse" ->
				new Request(path(pattern, fixtures.extensionRequest()),
						Map.of("approvedDate", LocalDate.now().plusDays(45).toString(), "reason", "同意"));
			case "GET /api/v1/assignments/{id}/coordinations", "GET /api/v1/assignments/{id}/coordination-status" ->
				new Request(path(pattern, fixtures.task().assignmentId()), null);
			case "POST /api/v1/assignments/{id}/coordinations" -> new Request(
					path(pattern, fixtures.signedTask().assignmentId()), Map.of("date", Fixtures.yesterday().toString(),
							"withUnits", List.of("441702"), "matter", "经费分担", "outcome", "UNRESOLVED"));
			case "POST /api/v1/assignments/{id}/coordination-report" ->
				new Request(path(pattern, fixtures.coordinationReportOwed().assignmentId()),
						Map.of("process", "两次协调", "reasons", "分歧", "suggestions", "请上级统筹"));
			case "POST /api/v1/assignments/{id}/reminders" ->
				new Request(path(pattern, fixtures.task().assignmentId()), Map.of("message", "请抓紧办理"));
			case "GET /api/v1/assignments/{id}/contributions" ->
				new Request(path(pattern, fixtures.task().assignmentId()), null);
			case "POST /api/v1/assignments/{id}/contributions" ->
				new Request(path(pattern, fixtures.signedCoAssignment("441700:jyj").assignmentId()),
						Map.of("progress", "协办材料"));
			case "POST /api/v1/reports/{id}/return" ->
				new Request(path(pattern, fixtures.report()), Map.of("reason", "内容不全"));
			case "POST /api/v1/assignments/{id}/reports" ->
				new Request(path(pattern, fixtures.signedTask().assignmentId()),
						Map.of("percentComplete", 10, "progress", "已部署"));
			case "GET /api/v1/calendar/add-working-days" -> new Request(pattern + "?from=2024-09-30&days=5", null);
			case "GET /api/v1/calendar/days/{date}" -> new Request(path(pattern, "2024-10-12"), null);
			case "GET /api/v1/calendar/notices/{year}" -> new Request(path(pattern, "2024"), null);
			case "GET /api/v1/calendar/nth-working-day" -> new Request(pattern + "?year=2020&month=5&n=3", null);
			case "POST /api/v1/dev/tokens" ->
				new Request(pattern, Map.of("subject", "x", "orgCode", "441700", "roles", List.of("supervisor")));
			case "POST /api/v1/federation/links/{peer}/pause", "POST /api/v1/federation/links/{peer}/resume",
					"POST /api/v1/federation/links/{peer}/resync" ->
				new Request(path(pattern, "441704"), null);
			case "POST /api/v1/inbox/{id}/read", "POST /api/v1/inbox/{id}/sign" ->
				new Request(path(pattern, fixtures.inboxItem()), null);
			case "POST /api/v1/tasks" -> new Request(pattern,
					Map.of("title", "授权矩阵", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline", "2030-01-31",
							"assignees", List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))));
			case "POST /api/v1/tasks/import" -> new Request(pattern, fixtures.taskListUpload());
			case "GET /api/v1/tasks/{id}", "GET /api/v1/tasks/{id}/reports", "GET /api/v1/tasks/{id}/revisions",
					"GET /api/v1/tasks/{id}/timeline" ->
				new Request(path(pattern, fixtures.task().taskId()), null);
			case "PUT /api/v1/tasks/{id}" -> new Request(path(pattern, fixtures.draft()),
					Map.of("title", "授权矩阵（改）", "source", "LEADER_INSTRUCTION", "type", "ROUTINE", "deadline",
							"2030-01-31", "assignees", List.of(Map.of("unitCode", "441700:fgj", "role", "LEAD"))));
			case "DELETE /api/v1/tasks/{id}", "POST /api/v1/tasks/{id}/submit" ->
				new Request(path(pattern, fixtures.draft()), null);
			case "POST /api/v1/tasks/{id}/approve" -> new Request(path(pattern, fixtures.pendingTask()), null);
			case "POST /api/v1/tasks/{id}/reject" ->
				new Request(path(pattern, fixtures.pendingTask()), Map.of("reason", "依据不足"));
			case "POST /api/v1/tasks/{id}/revise" -> new Request(path(pattern, fixtures.task().taskId()),
					Map.of("deadline", "2030-06-30", "reason", "领导要求延后"));
			case "POST /api/v1/tasks/{id}/withdraw", "POST /api/v1/tasks/{id}/suspend" ->
				new Request(path(pattern, fixtures.task().taskId()), Map.of("reason", "情况变化"));
			case "POST /api/v1/tasks/{id}/resume" -> new Request(path(pattern, fixtures.suspendedTask()), null);
			case "POST /api/v1/tasks/{id}/control-request/approve", "POST /api/v1/tasks/{id}/control-request/refuse" ->
				new Request(path(pattern, fixtures.suspensionAsked()), Map.of("reason", "情况已变化"));
			case "POST /api/v1/observers/invitations" -> new Request(pattern,
					Map.of("observer", "observer-441700", "kind", "TASK", "targetId", fixtures.task().taskId(), "from",
							LocalDate.now().toString(), "until", LocalDate.now().plusDays(30).toString()));
			case "POST /api/v1/observers/invitations/{id}/withdraw" ->
				new Request(path(pattern, fixtures.invitation()), Map.of("reason", "授权矩阵撤回"));
			case "GET /api/v1/tasks/{id}/control-requests" ->
				new Request(path(pattern, fixtures.suspensionAsked()), null);
			default -> {
				if (pattern.contains("{")) {
					throw new AssertionError(
							"No fixture for " + method + " " + pattern + ": add one to MatrixRequests.request");
				}
				yield new Request(pattern, null);
			}
		};
	}

	/** A multipart body with one small file. */
	private static MultiValueMap<String, Object> upload() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDispositionFormData("file", "矩阵.pdf");
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(
				new ByteArrayResource(("矩阵 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), headers));
		return body;
	}

	private static String path(String pattern, String value) {
		return pattern.replaceFirst("\\{[^}]+}", value);
	}

}
