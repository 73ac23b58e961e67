package org.ducha.node.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.inspection.finding.RectificationRequiring;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices of a city node downloaded over its REST API: the supervision notice of an
 * assignment, the urging notice of a reminder and the rectification notice of a
 * requirement, as Word and PDF, each for whoever may read its item, a bad format refused,
 * and every download in the audit trail.
 */
class NoticeDownloadsIntegrationTests {

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("supervisor-441700", "441700", null, "supervisor"));
	}

	private static RestClient handlerOf(String unit) {
		return city.api(TestKeys.token("handler-" + unit, "441700", unit, "handler"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> issueTo(String unit) {
		Map<String, Object> task = IssuedTasks.issue(city,
				Map.of("title", "推进滨海新区主干道路建设", "content", "完成主干道路立项、招标和开工建设。", "source", "ANNUAL_KEY_WORK", "type",
						"ROUTINE", "deadline", "2030-06-30", "assignees",
						List.of(Map.of("unitCode", unit, "role", "LEAD"))));
		return ((List<Map<String, Object>>) task.get("assignments")).get(0);
	}

	private static ResponseEntity<byte[]> download(RestClient client, String uri) {
		return client.get().uri(uri).retrieve().onStatus((status) -> true, (request, response) -> {
		}).toEntity(byte[].class);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String docxText(byte[] docx) throws IOException {
		assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			return extractor.getText();
		}
	}

	private static List<String> audited(String action, String needle) {
		return city.bean(JdbcClient.class)
			.sql("SELECT detail FROM audit_event WHERE action = ? AND detail LIKE ?")
			.params(action, "%" + needle + "%")
			.query(String.class)
			.list();
	}

	@Test
	void theSupervisionNoticeOfAnAssignmentDownloadsAsPdfAndWord() throws IOException {
		Map<String, Object> assignment = issueTo("441700:fgj");
		String uri = "/api/v1/assignments/" + assignment.get("id") + "/notice";

		ResponseEntity<byte[]> pdf = download(handlerOf("441700:fgj"), uri + "?format=pdf");
		assertThat(pdf.getStatusCode().value()).isEqualTo(200);
		assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
		String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.startsWith("督办通知单-")
			.endsWith("-阳江市发展和改革局.pdf");
		assertThat(pdfText(pdf.getBody())).contains("阳江市人民政府督查室", "督办通知单", "推进滨海新区主干道路建设", "阳江市发展和改革局：", "2030年6月30日前",
				"— 1 —");

		ResponseEntity<byte[]> docx = download(supervisor(), uri + "?format=DOCX");
		assertThat(docx.getStatusCode().value()).isEqualTo(200);
		assertThat(docx.getHeaders().getContentType())
			.hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(docxText(docx.getBody())).contains("阳江市人民政府督查室", "督办通知单", "推进滨海新区主干道路建设", "完成主干道路立项");

		assertThat(audited("SUPERVISION_NOTICE_DOWNLOADED", uri)).hasSize(2)
			.anySatisfy((detail) -> assertThat(detail).contains("format=pdf", "handler-441700:fgj"))
			.anySatisfy((detail) -> assertThat(detail).contains("format=DOCX", "supervisor-441700"));
	}

	@Test
	void anotherUnitsAssignmentIsNotFoundAndLeavesNoDownloadRecord() {
		Map<String, Object> assignment = issueTo("441700:fgj");
		String uri = "/api/v1/assignments/" + assignment.get("id") + "/notice?format=pdf";
		ResponseEntity<byte[]> hidden = download(handlerOf("441700:jyj"), uri);
		ResponseEntity<byte[]> absent = download(handlerOf("441700:jyj"),
				"/api/v1/assignments/no-such/notice?format=pdf");
		assertThat(hidden.getStatusCode().value()).isEqualTo(404);
		assertThat(absent.getStatusCode().value()).isEqualTo(404);
		assertThat(new String(hidden.getBody(), StandardCharsets.UTF_8).replace((String) assignment.get("id"), "?"))
			.isEqualTo(new String(absent.getBody(), StandardCharsets.UTF_8).replace("no-such", "?"));
		assertThat(audited("SUPERVISION_NOTICE_DOWNLOADED", (String) assignment.get("id"))).isEmpty();
		// the control: the unit's own handler gets it, and that is recorded
		assertThat(download(handlerOf("441700:fgj"), uri).getStatusCode().value()).isEqualTo(200);
		assertThat(audited("SUPERVISION_NOTICE_DOWNLOADED", (String) assignment.get("id"))).hasSize(1);
	}

	@Test
	void aFormatOtherThanDocxOrPdfIsABadRequestInChineseFirst() {
		Map<String, Object> assignment = issueTo("441700:fgj");
		for (String query : List.of("?format=xlsx", "")) {
			ResponseEntity<byte[]> refused = download(supervisor(),
					"/api/v1/assignments/" + assignment.get("id") + "/notice" + query);
			assertThat(refused.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(new String(refused.getBody(), StandardCharsets.UTF_8)).as(query)
				.contains("文档格式只能是 docx 或 pdf", "format: docx or pdf");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theUrgingNoticeOfAReminderDownloadsForTheUrgedUnitOnly() throws IOException {
		Map<String, Object> assignment = issueTo("441700:fgj");
		Map<String, Object> reminder = supervisor().post()
			.uri("/api/v1/assignments/{id}/reminders", assignment.get("id"))
			.body(Map.of("message", "该事项进度滞后，请于本周内报送整改措施。", "toUnitHead", true))
			.retrieve()
			.body(Map.class);
		String uri = "/api/v1/reminders/" + reminder.get("id") + "/notice";

		ResponseEntity<byte[]> docx = download(handlerOf("441700:fgj"), uri + "?format=docx");
		assertThat(docx.getStatusCode().value()).isEqualTo(200);
		assertThat(docxText(docx.getBody())).contains("催办单", "阳江市发展和改革局：", "推进滨海新区主干道路建设", "该事项进度滞后",
				"抄送：阳江市发展和改革局主要负责人。");
		assertThat(pdfText(download(supervisor(), uri + "?format=pdf").getBody())).contains("催办单", "人工催办");
		assertThat(download(handlerOf("441700:jyj"), uri + "?format=pdf").getStatusCode().value()).isEqualTo(404);
		assertThat(audited("URGING_NOTICE_DOWNLOADED", (String) reminder.get("id"))).hasSize(2);
	}

	@Test
	void theRectificationNoticeOfARequirementDownloadsForItsUnit() throws IOException {
		Actor supervisor = new Actor("supervisor-441700", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR));
		String plan = InspectionPlansOfTests.carriedOut(city, "441700:fgj");
		String finding = city.bean(FindingRecording.class)
			.record(plan, "项目用地审批材料不全，部分地块未批先建。", List.of(), supervisor)
			.id();
		String id = city.bean(RectificationRequiring.class)
			.require(finding, "441700:fgj", "补齐用地审批手续，对未批先建问题依法处理。", 10, supervisor)
			.id();
		String uri = "/api/v1/rectifications/" + id + "/notice";

		String text = pdfText(download(handlerOf("441700:fgj"), uri + "?format=pdf").getBody());
		assertThat(text).contains("整改通知", "阳江市人民政府督查室", "阳江市发展和改革局：", "未批先建", "10个工作日");
		assertThat(docxText(download(supervisor(), uri + "?format=docx").getBody())).contains("补齐用地审批手续");
		assertThat(download(handlerOf("441700:jyj"), uri + "?format=docx").getStatusCode().value()).isEqualTo(404);
		assertThat(audited("RECTIFICATION_NOTICE_DOWNLOADED", id)).hasSize(2);
	}

}
