package org.ducha.node.inspection.finding;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.inspection.finding.FindingCalls.FindingView;
import org.ducha.node.inspection.finding.FindingCalls.RectificationView;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.SupervisorCalls;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;
import org.ducha.node.testing.Uploads;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.inspection.finding.FindingCalls.get;
import static org.ducha.node.inspection.finding.FindingCalls.handlerOf;
import static org.ducha.node.inspection.finding.FindingCalls.post;
import static org.ducha.node.inspection.finding.FindingCalls.rectification;
import static org.ducha.node.inspection.finding.FindingCalls.supervisor;

/**
 * Findings, rectification and verification across the levels: the city finds a problem on
 * its announced plan of 阳东区 and requires the county to rectify it within ten working
 * days; the requirement reaches 阳东区, whose report (with its evidence) travels back up;
 * the city verifies it on site, visits again and closes it, and the county sees each
 * decision. Steps out of order are refused naming the state; nothing of an unannounced
 * plan not yet carried out is sent down; the sibling 阳西县 holds none of it.
 */
class FindingFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private static final TestClock clock = TestClock.at("2026-05-11T09:00:00");

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of("ducha.scheduling", "false"),
				(code, builder) -> builder.bean("clock", clock), YANGDONG, YANGXI);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void aFindingAtTheCityIsRectifiedByTheCountyVerifiedVisitedAndClosed() {
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		TestNode yangxi = federation.county(YANGXI);
		String plan = PlanRows.plan(city, YANGDONG, false, true);

		String photo = Uploads.upload(supervisor(city), "现场照片.pdf", "%PDF 现场".getBytes(StandardCharsets.UTF_8));
		FindingView finding = supervisor(city).post()
			.uri("/api/v1/inspections/plans/{id}/findings", plan)
			.body(Map.of("content", "河道两岸垃圾堆积，台账记录不全", "attachments", List.of(Map.of("sha256", photo))))
			.retrieve()
			.body(FindingView.class);
		assertThat(finding.evidence()).extracting(FindingCalls.AttachmentView::name).containsExactly("现场照片.pdf");
		assertThat(get(supervisor(yangdong), "/api/v1/inspections/plans/{id}/findings", plan))
			.as("a finding never leaves the planning node")
			.isEqualTo(404);

		RectificationView required = supervisor(city).post()
			.uri("/api/v1/inspections/findings/{id}/rectifications", finding.id())
			.body(Map.of("unitCode", YANGDONG, "requirement", "清理垃圾并建立河长巡查台账", "workingDays", 10))
			.retrieve()
			.body(RectificationView.class);
		LocalDate due = city.bean(WorkingCalendar.class).addWorkingDays(LocalDate.of(2026, 5, 11), 10).date();
		assertThat(required.deadline()).as("ten working days by the calendar").isEqualTo(due.toString());
		assertThat(required.state()).isEqualTo("REQUIRED");

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(get(supervisor(yangdong), "/api/v1/rectifications/{id}", required.id()))
				.isEqualTo(200));
		assertThat(refusal(post(supervisor(city), "/api/v1/rectifications/{id}/close", null, required.id())))
			.contains("REQUIRED");
		assertThat(post(supervisor(yangdong), "/api/v1/rectifications/{id}/verification",
				Map.of("confirmed", true, "notes", "自己核查"), required.id())
			.getStatusCode()
			.value()).as("only the issuer verifies").isEqualTo(403);

		String proof = Uploads.upload(supervisor(yangdong), "整改台账.pdf", "%PDF 台账".getBytes(StandardCharsets.UTF_8));
		assertThat(post(supervisor(yangdong), "/api/v1/rectifications/{id}/reports",
				Map.of("content", "已清理垃圾12吨，建立巡查台账", "attachments", List.of(Map.of("sha256", proof))), required.id())
			.getStatusCode()
			.value()).isEqualTo(201);
		assertThat(refusal(post(supervisor(yangdong), "/api/v1/rectifications/{id}/reports", Map.of("content", "补充"),
				required.id())))
			.as("the report waits for verification")
			.contains("REPORTED");
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(rectification(supervisor(city), required.id()).state()).isEqualTo("REPORTED"));
		assertThat(rectification(supervisor(city), required.id()).reports()).singleElement()
			.satisfies((report) -> assertThat(report.attachments()).extracting(FindingCalls.AttachmentView::sha256)
				.containsExactly(proof));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(Uploads.download(supervisor(city), proof).getStatusCode().value())
				.as("the report's evidence follows it up")
				.isEqualTo(200));

		assertThat(refusal(
				post(supervisor(city), "/api/v1/rectifications/{id}/return-visits", visit(true, true), required.id())))
			.as("a return visit before the verification")
			.contains("REPORTED");
		assertThat(post(supervisor(city), "/api/v1/rectifications/{id}/verification",
				Map.of("confirmed", true, "notes", "现场核实垃圾已清理，台账齐全"), required.id())
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(refusal(post(supervisor(city), "/api/v1/rectifications/{id}/close", null, required.id())))
			.as("closing without a return visit")
			.contains("VERIFIED");
		assertThat(post(supervisor(city), "/api/v1/rectifications/{id}/return-visits", visit(true, true), required.id())
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(post(supervisor(city), "/api/v1/rectifications/{id}/close", null, required.id()).getStatusCode()
			.value()).isEqualTo(200);

		await().atMost(PATIENCE).untilAsserted(() -> {
			RectificationView atCounty = rectification(supervisor(yangdong), required.id());
			assertThat(atCounty.state()).as("the county sees each decision").isEqualTo("CLOSED");
			assertThat(atCounty.revision()).isEqualTo(4);
			assertThat(atCounty.verifications()).hasSize(1);
			assertThat(atCounty.visits()).hasSize(1);
		});
		assertThat(actions(city)).contains("FINDING_RECORDED", "RECTIFICATION_REQUIRED", "RECTIFICATION_VERIFIED",
				"RECTIFICATION_VISITED", "RECTIFICATION_CLOSED");
		assertThat(actions(yangdong)).contains("RECTIFICATION_REQUIREMENT_RECEIVED",
				"RECTIFICATION_REQUIREMENT_REPORTED");

		assertThat(get(supervisor(yangxi), "/api/v1/rectifications/{id}", required.id())).isEqualTo(404);
		assertThat(supervisor(yangxi).get().uri("/api/v1/rectifications").retrieve().body(List.class)).isEmpty();
		JdbcClient jdbc = yangxi.bean(JdbcClient.class);
		for (String table : List.of("inspection_rectification", "inspection_rectification_report", "inspection_finding",
				"inspection_evidence")) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
		}
	}

	@Test
	void nothingOfAnUnannouncedPlanNotYetCarriedOutIsSentDown() {
		TestNode city = federation.city;
		String plan = PlanRows.plan(city, YANGDONG, true, false);
		FindingView finding = supervisor(city).post()
			.uri("/api/v1/inspections/plans/{id}/findings", plan)
			.body(Map.of("content", "暗访发现值班缺岗"))
			.retrieve()
			.body(FindingView.class);
		ResponseEntity<String> refused = post(supervisor(city), "/api/v1/inspections/findings/{id}/rectifications",
				Map.of("unitCode", YANGDONG, "requirement", "落实值班制度", "workingDays", 5), finding.id());
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody()).contains("unannounced").contains("APPROVED");
		assertThat(federation.county(YANGDONG)
			.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM inspection_rectification WHERE plan_id = ?")
			.param(plan)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aUnitsPeopleSeeOnlyTheirOwnUnitsRequirements() {
		TestNode city = federation.city;
		String plan = PlanRows.plan(city, "441700:fgj", false, true);
		FindingView finding = supervisor(city).post()
			.uri("/api/v1/inspections/plans/{id}/findings", plan)
			.body(Map.of("content", "项目审批超时"))
			.retrieve()
			.body(FindingView.class);
		RectificationView ownUnit = supervisor(city).post()
			.uri("/api/v1/inspections/findings/{id}/rectifications", finding.id())
			.body(Map.of("unitCode", "441700:fgj", "requirement", "压缩审批时限", "workingDays", 15))
			.retrieve()
			.body(RectificationView.class);
		RectificationView county = supervisor(city).post()
			.uri("/api/v1/inspections/findings/{id}/rectifications", finding.id())
			.body(Map.of("unitCode", YANGDONG, "requirement", "配合整改", "workingDays", 15))
			.retrieve()
			.body(RectificationView.class);
		assertThat(get(handlerOf(city, "441700:fgj"), "/api/v1/rectifications/{id}", ownUnit.id())).isEqualTo(200);
		assertThat(get(handlerOf(city, "441700:fgj"), "/api/v1/rectifications/{id}", county.id())).isEqualTo(404);
		assertThat(handlerOf(city, "441700:fgj").get().uri("/api/v1/rectifications").retrieve().body(List.class))
			.extracting((item) -> ((Map<?, ?>) item).get("id"))
			.containsExactly(ownUnit.id());
		assertThat(get(handlerOf(city, "441700:fgj"), "/api/v1/inspections/plans/{id}/findings", plan))
			.as("the plan's findings are the inspectors'")
			.isEqualTo(404);
		assertThat(post(handlerOf(city, "441700:fgj"), "/api/v1/rectifications/{id}/reports",
				Map.of("content", "审批时限压缩至5个工作日"), ownUnit.id())
			.getStatusCode()
			.value()).isEqualTo(201);
	}

	@Test
	void anOnSiteVerificationAskedHoldsTheCompletionBackUntilItIsRecorded() {
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		Map<String, Object> task = IssuedTasks.issue(city,
				Map.of("title", "黑臭水体整治", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline", "2026-06-30",
						"assignees", List.of(Map.of("unitCode", YANGDONG, "role", "LEAD"))));
		String assignment = SupervisorCalls.assignmentOf(task, YANGDONG);
		SupervisorCalls.awaitStatus(yangdong, assignment, "PENDING_SIGN", PATIENCE);
		supervisor(yangdong).post().uri("/api/v1/assignments/{id}/sign", assignment).retrieve().toBodilessEntity();
		assertThat(refusal(post(supervisor(city), "/api/v1/assignments/{id}/verification-request", null, assignment)))
			.as("nothing to verify before a completion request")
			.contains("only while a completion request is pending");
		post(supervisor(yangdong), "/api/v1/assignments/{id}/completion", Map.of("evidence", "水体已消除黑臭"), assignment);
		SupervisorCalls.awaitStatus(city, assignment, "COMPLETION_REQUESTED", PATIENCE);

		assertThat(post(supervisor(yangdong), "/api/v1/assignments/{id}/verification-request", null, assignment)
			.getStatusCode()
			.value()).as("the issuer asks, not the assignee").isEqualTo(403);
		assertThat(post(supervisor(city), "/api/v1/assignments/{id}/verification-request", null, assignment)
			.getStatusCode()
			.value()).isEqualTo(201);
		assertThat(refusal(post(supervisor(city), "/api/v1/assignments/{id}/verification-request", null, assignment)))
			.contains("asked for already");
		assertThat(refusal(post(supervisor(city), "/api/v1/assignments/{id}/completion/approve", Map.of(), assignment)))
			.as("销号 waits for the verification")
			.contains("VERIFICATION_ASKED");
		assertThat(post(supervisor(city), "/api/v1/assignments/{id}/verification",
				Map.of("confirmed", true, "notes", "现场核实水体清澈"), assignment)
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(post(supervisor(city), "/api/v1/assignments/{id}/completion/approve", Map.of(), assignment)
			.getStatusCode()
			.value()).as("recorded, the completion is approved").isEqualTo(200);
		assertThat(actions(city)).contains("COMPLETION_VERIFICATION_ASKED", "COMPLETION_VERIFIED");
	}

	private static Map<String, Object> visit(boolean factsClear, boolean complete) {
		return Map.of("visitedOn", "2026-05-11", "factsClear", factsClear, "complete", complete, "grassrootsSaid",
				"村干部反映巡查常态化", "publicSaid", "群众满意河道变干净");
	}

	private static String refusal(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		return answer.getBody();
	}

	private static List<String> actions(TestNode node) {
		return node.bean(AuditTrail.class).latest(500).stream().map(AuditRecord::action).toList();
	}

}
