package org.ducha.node.specialreport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.specialreport.SpecialReportCalls.InstructionView;
import org.ducha.node.specialreport.SpecialReportCalls.ReportView;
import org.ducha.node.specialreport.SpecialReportCalls.TaskView;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.specialreport.SpecialReportCalls.as;
import static org.ducha.node.specialreport.SpecialReportCalls.call;
import static org.ducha.node.specialreport.SpecialReportCalls.leader;
import static org.ducha.node.specialreport.SpecialReportCalls.ok;
import static org.ducha.node.specialreport.SpecialReportCalls.status;
import static org.ducha.node.specialreport.SpecialReportCalls.supervisor;

/**
 * A special report at the city, over REST: composed from a task, an inspection finding
 * and a progress report, shown with their current facts; submitted, read, instructed; the
 * instruction becomes a draft task resting on it; downloaded as Word and PDF. Out of
 * scope is 404, a step out of order 409, bad input 400 naming the field, every change
 * audited.
 */
class SpecialReportIntegrationTests {

	private static final String BASE = "/api/v1/special-reports";

	private static final String FGJ = "441700:fgj";

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.property("ducha.scheduling", "false")
			.departments(Map.of("fgj", "阳江市发展和改革局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReportOnATaskAFindingAndAProgressReportIsReadInstructedAndBecomesATask() throws IOException {
		Map<String, Object> task = IssuedTasks.issue(city, Map.of("title", "城区内涝治理", "source", "MAJOR_DECISION", "type",
				"SPECIAL", "deadline", "2030-12-31", "assignees", List.of(Map.of("unitCode", FGJ, "role", "LEAD"))));
		String assignment = (String) ((List<Map<String, Object>>) task.get("assignments")).get(0).get("id");
		RestClient handler = as(city, "441700", FGJ, "handler");
		assertThat(status(handler, HttpMethod.POST, "/api/v1/assignments/" + assignment + "/sign", null))
			.isEqualTo(200);
		Map<String, Object> report = ok(handler, HttpMethod.POST, "/api/v1/assignments/" + assignment + "/reports",
				Map.of("percentComplete", 40, "progress", "已完成排水管网摸排"), Map.class);
		String finding = finding();

		Map<String, Object> body = Map.of("title", "关于城区内涝治理进展的专报", "text", "内涝治理进度滞后，建议市领导督促。", "items",
				List.of(Map.of("kind", "TASK", "id", task.get("id")), Map.of("kind", "FINDING", "id", finding),
						Map.of("kind", "REPORT", "id", report.get("id"))));
		assertThat(status(handler, HttpMethod.POST, BASE, body)).as("only a supervisor composes").isEqualTo(403);
		assertThat(status(supervisor(city), HttpMethod.POST, BASE,
				Map.of("title", "专报", "text", "正文", "items",
						List.of(Map.of("kind", "FINDING", "id", UUID.randomUUID().toString())))))
			.as("a record out of the supervisor's scope is not found")
			.isEqualTo(404);
		assertThat(call(supervisor(city), HttpMethod.POST, BASE,
				Map.of("title", "专报", "text", "正文", "items", List.of()), String.class)
			.getBody()).as("400 naming the field").contains("items");
		ReportView composed = ok(supervisor(city), HttpMethod.POST, BASE, body, ReportView.class);
		assertThat(composed.status()).isEqualTo("DRAFT");
		assertThat(composed.items()).extracting(SpecialReportCalls.FactsView::kind)
			.containsExactly("TASK", "FINDING", "REPORT");
		assertThat(composed.items().get(0).headline()).isEqualTo("城区内涝治理");
		assertThat(composed.items().get(2).state()).isEqualTo("40%");
		String one = BASE + "/" + composed.id();

		RestClient wang = leader(city, "leader-wang");
		assertThat(status(wang, HttpMethod.GET, one, null)).as("a leader sees no draft").isEqualTo(404);
		assertThat(status(as(city, "441704", "441704", "supervisor"), HttpMethod.GET, one, null))
			.as("a supervisor of another node sees nothing of it")
			.isEqualTo(404);
		assertThat(status(wang, HttpMethod.POST, one + "/read", null)).isEqualTo(404);
		assertThat(ok(supervisor(city), HttpMethod.POST, one + "/submit", null, ReportView.class).status())
			.isEqualTo("SUBMITTED");
		assertThat(status(supervisor(city), HttpMethod.POST, one + "/submit", null)).isEqualTo(409);
		assertThat(status(supervisor(city), HttpMethod.PUT, one, body)).as("submitted: never edited").isEqualTo(409);
		assertThat(status(wang, HttpMethod.POST, one + "/instructions", Map.of("text", "请抓紧")))
			.as("instructed before it is read")
			.isEqualTo(409);
		assertThat(ok(wang, HttpMethod.POST, one + "/read", null, ReportView.class).status()).isEqualTo("READ");
		assertThat(status(supervisor(city), HttpMethod.POST, one + "/instructions", Map.of("text", "请抓紧")))
			.as("only a leader instructs")
			.isEqualTo(403);
		assertThat(call(wang, HttpMethod.POST, one + "/instructions", Map.of("text", " "), String.class).getBody())
			.contains("text");
		ReportView instructed = ok(wang, HttpMethod.POST, one + "/instructions", Map.of("text", "请市发改局牵头，一个月内拿出整改方案"),
				ReportView.class);
		assertThat(instructed.status()).isEqualTo("INSTRUCTED");
		assertThat(instructed.receipts()).extracting(SpecialReportCalls.ReceiptView::reader)
			.containsExactly("leader-wang");
		InstructionView instruction = instructed.instructions().get(0);

		String toTask = one + "/instructions/" + instruction.id() + "/task";
		Map<String, Object> taskBody = Map.of("leadUnit", FGJ, "deadline", LocalDate.now().plusMonths(1).toString());
		assertThat(status(wang, HttpMethod.POST, toTask, taskBody)).as("a supervisor registers tasks").isEqualTo(403);
		Map<String, Object> created = ok(supervisor(city), HttpMethod.POST, toTask, taskBody, Map.class);
		TaskView made = ok(supervisor(city), HttpMethod.GET, "/api/v1/tasks/" + created.get("taskId"), null,
				TaskView.class);
		assertThat(made.status()).isEqualTo("DRAFT");
		assertThat(made.source()).isEqualTo("LEADER_INSTRUCTION");
		assertThat(made.basis()).contains(composed.id(), instruction.id(), "关于城区内涝治理进展的专报");
		assertThat(made.instruction().leader()).isEqualTo("leader-wang");
		assertThat(made.instruction().text()).isEqualTo("请市发改局牵头，一个月内拿出整改方案");
		assertThat(status(supervisor(city), HttpMethod.POST, toTask, taskBody)).as("one task per instruction")
			.isEqualTo(409);
		assertThat(ok(wang, HttpMethod.GET, one, null, ReportView.class).instructions().get(0).taskId())
			.isEqualTo(created.get("taskId"));

		assertDocuments(one, wang);
		assertThat(city.bean(AuditTrail.class).latest(200)).extracting(AuditRecord::action)
			.contains("SPECIAL_REPORT_COMPOSED", "SPECIAL_REPORT_SUBMITTED", "SPECIAL_REPORT_READ",
					"SPECIAL_REPORT_INSTRUCTED", "SPECIAL_REPORT_INSTRUCTION_TASK");
	}

	@Test
	void aLeaderListsOnlySubmittedReportsAndAHandlerNone() {
		Map<String, Object> body = Map.of("title", "草稿专报", "text", "正文", "items",
				List.of(Map.of("kind", "TASK", "id", (String) IssuedTasks
					.issue(city,
							Map.of("title", "专报列表", "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline",
									"2030-12-31", "assignees", List.of(Map.of("unitCode", FGJ, "role", "LEAD"))))
					.get("id"))));
		ReportView draft = ok(supervisor(city), HttpMethod.POST, BASE, body, ReportView.class);
		assertThat(call(leader(city, "leader-li"), HttpMethod.GET, BASE, null, String.class).getBody())
			.doesNotContain(draft.id());
		assertThat(call(supervisor(city), HttpMethod.GET, BASE, null, String.class).getBody()).contains(draft.id());
		assertThat(status(as(city, "441700", FGJ, "handler"), HttpMethod.GET, BASE, null)).isEqualTo(403);
	}

	private void assertDocuments(String one, RestClient reader) throws IOException {
		ResponseEntity<byte[]> docx = call(reader, HttpMethod.GET, one + "/document?format=docx", null, byte[].class);
		assertThat(docx.getStatusCode().value()).isEqualTo(200);
		assertThat(String.valueOf(docx.getHeaders().getContentType())).contains("wordprocessingml");
		try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
				XWPFWordExtractor text = new XWPFWordExtractor(read)) {
			assertThat(text.getText()).contains("关于城区内涝治理进展的专报", "城区内涝治理", "请市发改局牵头");
		}
		ResponseEntity<byte[]> pdf = call(reader, HttpMethod.GET, one + "/document?format=pdf", null, byte[].class);
		assertThat(String.valueOf(pdf.getHeaders().getContentType())).isEqualTo("application/pdf");
		try (PDDocument read = Loader.loadPDF(pdf.getBody())) {
			assertThat(new PDFTextStripper().getText(read)).contains("关于城区内涝治理进展的专报");
		}
		assertThat(status(reader, HttpMethod.GET, one + "/document?format=xls", null)).isEqualTo(400);
		assertThat(status(as(city, "441700", FGJ, "handler"), HttpMethod.GET, one + "/document?format=pdf", null))
			.as("a document of a report out of scope is not found")
			.isEqualTo(404);
	}

	/** A finding recorded on an approved plan of the city about its department. */
	private static String finding() {
		Actor sup = new Actor("supervisor-441700", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR));
		Actor leader = new Actor("leader-441700", "领导", "441700", "441700", Set.of(Role.LEADER));
		Planning planning = city.bean(Planning.class);
		UUID plan = planning
			.draft(new PlanDraft("内涝治理专项督查", PlanKind.SPECIAL, Set.of(InspectionMethod.SITE_VISITS),
					LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"), List.of(FGJ), List.of("督查员甲"),
					new PlanBasis(BasisKind.TASK, null, "城区内涝治理"), "专报测试"), sup)
			.plan()
			.id();
		planning.submit(plan, "专报测试", sup);
		planning.approve(plan, leader);
		return city.bean(FindingRecording.class).record(plan.toString(), "泵站值守记录缺失", List.of(), sup).id();
	}

}
