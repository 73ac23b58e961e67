package org.ducha.deploy.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;
import org.ducha.node.NodeLevel;
import org.ducha.node.federation.grpc.LinkServer;
import org.ducha.node.testing.TestNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: the expected status of every route for every role, by hand in
 * {@code authorization-matrix.tsv}, checked against a node with real Keycloak tokens. The
 * routes and gRPC methods are discovered at run time — the gRPC methods from the services
 * the running link server serves — and one the file lacks, or one the node no longer has,
 * fails the build, so every new route brings its row. Each gRPC method is called over the
 * network.
 */
@ExtendWith(KeycloakExtension.class)
class AuthorizationMatrixIntegrationTests {

	private static final List<String> COLUMNS = List.of("anonymous", "supervisor", "leader", "handler", "unit-head",
			"observer", "sysadmin", "secadmin", "auditor", "node");

	@RegisterExtension
	static final GreenMailExtension mail = RealmMail.server();

	private static final RealmMail realmMail = new RealmMail();

	private static DuchaKeycloak keycloak;

	private static TestNode province;

	private static TestNode city;

	private static Callers callers;

	private static Fixtures fixtures;

	private static LadderFixtures ladder;

	private static InspectionPlanFixtures plans;

	private static ConclusionFixtures conclusions;

	private static FindingFixtures findings;

	private static Map<String, List<String>> matrix;

	@BeforeAll
	static void start(DuchaKeycloak server) throws IOException {
		keycloak = server;
		realmMail.pointAt(keycloak, mail);
		province = KeycloakNodes.province(keycloak);
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.parent("440000", "127.0.0.1:1")
			.children("441702", "441704")
			// its link server runs, with TLS: its gRPC methods are called over the
			// network
			.property("ducha.scheduling", "false")
			.property("ducha.federation.scheduling", "false")
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.property("ducha.security.keycloak.issuer-uri", keycloak.issuer())
			.property("ducha.security.keycloak.client-secret", DemoRealm.nodeSecret("441700"))
			.property("ducha.users.province-url", "http://127.0.0.1:" + province.httpPort())
			.start();
		callers = new Callers(keycloak);
		fixtures = new Fixtures(city, "441700:fgj", keycloak);
		ladder = new LadderFixtures(city, "441700:fgj");
		plans = new InspectionPlanFixtures(city, "441700:fgj");
		conclusions = new ConclusionFixtures(city, "441700:fgj");
		findings = new FindingFixtures(city, "441700:fgj", fixtures);
		matrix = read();
	}

	@AfterAll
	static void stop() {
		if (city != null) {
			city.close();
		}
		if (province != null) {
			province.close();
		}
		realmMail.restore(keycloak);
	}

	private static Map<String, List<String>> read() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (InputStream in = AuthorizationMatrixIntegrationTests.class
			.getResourceAsStream("/authorization-matrix.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				assertThat(cells).as("row " + line).hasSize(COLUMNS.size() + 1);
				assertThat(rows.put(cells[0], List.of(cells).subList(1, cells.length)))
					.as("row named twice: " + cells[0])
					.isNull();
			}
		}
		return rows;
	}

	/** Every route the node serves, as {@code METHOD pattern}. */
	private static Set<String> discoveredRoutes() {
		Set<String> routes = new TreeSet<>();
		RequestMappingHandlerMapping mapping = city.context()
			.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		}
		grpcMethods().keySet().forEach((method) -> routes.add("GRPC " + method));
		return routes;
	}

	/** The methods of the services the running link server serves, by full name. */
	private static Map<String, MethodDescriptor<?, ?>> grpcMethods() {
		Map<String, MethodDescriptor<?, ?>> methods = new TreeMap<>();
		for (ServerServiceDefinition service : city.bean(LinkServer.class).services()) {
			for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
				methods.put(method.getMethodDescriptor().getFullMethodName(), method.getMethodDescriptor());
			}
		}
		return methods;
	}

	@Test
	void everyRouteAndGrpcMethodHasItsRowAndEveryRowItsRoute() {
		Set<String> discovered = discoveredRoutes();
		assertThat(matrix.keySet()).as("routes the node serves that authorization-matrix.tsv lacks")
			.containsAll(discovered);
		assertThat(discovered).as("rows of authorization-matrix.tsv for routes the node no longer serves")
			.containsAll(matrix.keySet());
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheMatrixSays() {
		List<String> mismatches = new ArrayList<>();
		matrix.forEach((route, expected) -> {
			if (route.startsWith("GRPC ")) {
				return;
			}
			for (int column = 0; column < COLUMNS.size(); column++) {
				if (expected.get(column).equals("-")) {
					continue;
				}
				int status = call(route, COLUMNS.get(column));
				if (status != Integer.parseInt(expected.get(column))) {
					mismatches.add(route + " as " + COLUMNS.get(column) + ": " + status + ", expected "
							+ expected.get(column));
				}
			}
		});
		assertThat(mismatches).isEmpty();
	}

	/**
	 * Each gRPC method of the running link server, called over the network with county
	 * 441704's certificate and each column's token; the server's answer is the evidence.
	 */
	@Test
	void everyGrpcMethodAnswersEveryCallerAsTheMatrixSays() {
		List<String> mismatches = new ArrayList<>();
		try (LinkCalls county = new LinkCalls(city.linkAddress(), "441704")) {
			grpcMethods().forEach((name, method) -> {
				List<String> expected = matrix.get("GRPC " + name);
				for (int column = 0; column < COLUMNS.size(); column++) {
					String caller = COLUMNS.get(column);
					String token = caller.equals("node") ? callers.node("441704") : callers.user(username(caller));
					LinkCalls.Answer answer = county.call(method, token);
					if (!answer.outcome().equals(expected.get(column))) {
						mismatches.add(name + " by a county with the token of " + caller + ": " + answer.outcome()
								+ " (" + answer.evidence() + "), expected " + expected.get(column));
					}
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	private static String username(String column) {
		return column.equals("anonymous") ? "anonymous" : DemoRealm.username(column, "441700");
	}

	/** Calls a route as a caller, on fresh objects; returns the status. */
	private static int call(String route, String caller) {
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		Request request = request(pattern, method);
		String token = caller.equals("node") ? callers.node("441700") : callers.user(username(caller));
		RestClient.RequestBodySpec spec = city.anonymous().method(HttpMethod.valueOf(method)).uri(request.uri());
		if (token != null) {
			spec.header("Authorization", "Bearer " + token);
		}
		if (request.body() instanceof MultiValueMap) {
			spec.contentType(MediaType.MULTIPART_FORM_DATA);
		}
		if (request.body() != null) {
			spec.body(request.body());
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	/**
	 * A route's concrete call.
	 *
	 * @param uri the path with its variables and query
	 * @param body the JSON body (or multipart parts), if any
	 */
	private record Request(String uri, Object body) {
	}

	private static Request request(String pattern, String method) {
		Optional<LadderFixtures.Call> onTheLadder = ladder.call(method, pattern)
			.or(() -> conclusions.call(method, pattern))
			.or(() -> findings.call(method, pattern));
		if (onTheLadder.isPresent()) {
			return new Request(onTheLadder.get().uri(), onTheLadder.get().body());
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
					throw new AssertionError("No fixture for " + method + " " + pattern
							+ ": add one to AuthorizationMatrixIntegrationTests.request");
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
