package org.ducha.deploy.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.inspection.finding.FindingRecording;
import org.ducha.node.inspection.finding.RectificationRequiring;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Official documents in the browser: the city's supervisor downloads the supervision
 * notice of a task handed to 阳东区 as Word and PDF and urges it; the urging notice
 * downloads from the assignment's page at the city and from 阳东区's inbox; a rectification
 * notice downloads from its requirement's page. Each PDF's first page is rendered beside
 * the screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DocumentsInTheBrowser {

	private static final String CITY = "441700";

	private static final String YANGDONG = "441704";

	private static final String URGING = "请加快推进城区道路积水点改造";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	@Order(1)
	void theSupervisionAndUrgingNoticesDownloadAsWordAndPdf() throws IOException {
		JsonNode task = federation.seed(CITY).issuedTask("城区道路积水点改造", YANGDONG, federation.today().plusDays(40), false);
		String assignment = Seed.assignmentOf(task, YANGDONG);
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("assignments/" + assignment);
			supervisor.reveal("assignment-notice");
			supervisor.screenshot("80-assignment-notice-buttons");
			word(supervisor, "assignment-notice-docx");
			String text = pdf(supervisor, "assignment-notice-pdf", "81-supervision-notice-pdf");
			assertThat(text).contains("阳江市人民政府督查室", "督办通知单", "城区道路积水点改造", "阳东区");

			supervisor.type("urge-title", URGING);
			supervisor.type("urge-message", "该事项已临近办理时限，请加快推进并报送进展。");
			supervisor.click("urge-submit");
			supervisor.awaitAll("reminder-row", (rows) -> !rows.isEmpty(), "the reminder on the assignment's page");
			word(supervisor, "reminder-notice-docx");
			assertThat(supervisor.error()).isNull();
		}
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			// Other tests urge 阳东区 too: the notice is taken from this urging's own item.
			WebElement item = county
				.reloadUntil("inbox", "inbox-item",
						(items) -> items.stream().anyMatch((i) -> i.getText().contains(URGING)),
						"the city's urging in 阳东区's inbox")
				.stream()
				.filter((i) -> i.getText().contains(URGING))
				.findFirst()
				.orElseThrow();
			String text = pdf(county, UiBrowser.within(item, "inbox-reminder-notice-pdf"), "82-urging-notice-pdf");
			assertThat(text).contains("催办单", "该事项已临近办理时限");
		}
	}

	@Test
	@Order(2)
	void theRectificationNoticeDownloadsFromItsRequirement() throws IOException {
		String rectification = rectificationOfYangdong();
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("rectifications/" + rectification);
			supervisor.awaitText("rectification-requirement", (text) -> text.contains("消防通道"), "the requirement");
			word(supervisor, "rectification-notice-docx");
			String text = pdf(supervisor, "rectification-notice-pdf", "83-rectification-notice-pdf");
			assertThat(text).contains("整改通知", "阳东区：", "消防通道");
			assertThat(supervisor.error()).isNull();
		}
	}

	private static void word(UiBrowser browser, String link) {
		UiBrowser.Download file = browser.download(browser.element(link).getDomAttribute("href"));
		assertThat(file.status()).as(link).isEqualTo(200);
		assertThat(file.type()).as(link).isEqualTo(DOCX);
		assertThat(new String(file.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).as(link).isEqualTo("PK");
	}

	/**
	 * Downloads a PDF, renders its first page beside the screenshots, and returns its
	 * text.
	 */
	private static String pdf(UiBrowser browser, String link, String screenshot) throws IOException {
		return pdf(browser, browser.element(link), screenshot);
	}

	private static String pdf(UiBrowser browser, WebElement anchor, String screenshot) throws IOException {
		String link = anchor.getDomAttribute("data-test");
		UiBrowser.Download file = browser.download(anchor.getDomAttribute("href"));
		assertThat(file.status()).as(link).isEqualTo(200);
		assertThat(file.type()).as(link).isEqualTo("application/pdf");
		assertThat(new String(file.bytes(), 0, 4, StandardCharsets.ISO_8859_1)).as(link).isEqualTo("%PDF");
		try (PDDocument document = Loader.loadPDF(file.bytes())) {
			Files.createDirectories(UiBrowser.SCREENSHOTS);
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 96), "png",
					UiBrowser.SCREENSHOTS.resolve(screenshot + ".png").toFile());
			return new PDFTextStripper().getText(document);
		}
	}

	/** A requirement of the city to 阳东区 on a finding of a carried-out announced plan. */
	private String rectificationOfYangdong() {
		var city = federation.node(CITY);
		Actor supervisor = new Actor("supervisor-441700", "督查员", CITY, CITY, Set.of(Role.SUPERVISOR));
		Planning planning = city.bean(Planning.class);
		UUID plan = planning
			.draft(new PlanDraft("安全生产专项督查", PlanKind.SPECIAL, Set.of(InspectionMethod.SITE_VISITS),
					federation.today().minusDays(5), federation.today().plusDays(5), List.of(YANGDONG), List.of("督查员乙"),
					new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), null), supervisor)
			.plan()
			.id();
		planning.submit(plan, "按年度计划开展", supervisor);
		planning.approve(plan, new Actor("leader-441700", "领导", CITY, CITY, Set.of(Role.LEADER)));
		planning.carryOut(plan, supervisor);
		String finding = city.bean(FindingRecording.class)
			.record(plan.toString(), "部分商场消防通道被占用。", List.of(), supervisor)
			.id();
		return city.bean(RectificationRequiring.class)
			.require(finding, YANGDONG, "立即清理占用的消防通道，建立每日巡查制度。", 10, supervisor)
			.id();
	}

}
