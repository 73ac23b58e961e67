package org.ducha.deploy.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

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

import org.ducha.node.record.RecordRows;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monthly bulletin in the browser: the city's supervisor generates last month's
 * bulletin from a record in which 阳江市教育局 filled its report on time and 阳东区 let a deadline
 * pass, writes its preface and submits it; the city's leader approves and publishes it;
 * the published bulletin's number shows, its edit controls are gone, and its PDF —
 * downloaded with the browser's session — renders with the number and the units' names;
 * 阳东区 finds it among its bulletins; 阳江市教育局's handler finds it in the unit's inbox and
 * opens it from there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BulletinsInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static String bulletinId;

	@Test
	@Order(1)
	void theCitysSupervisorGeneratesLastMonthsBulletinAndSubmitsIt() {
		LocalDate first = this.federation.today().withDayOfMonth(1).minusMonths(1);
		LocalDate last = first.plusMonths(1).minusDays(1);
		String key = "ui-bulletin-";
		new RecordRows(this.federation.node("441700").bean(JdbcClient.class), "441700")
			.task(key + "t1", this.federation.today().plusDays(30).toString(), "IN_PROGRESS")
			.assignment(key + "a1", key + "t1", "441700:jyj", "LEAD", "IN_PROGRESS")
			.slot(key + "a1", 1, first.plusDays(9).toString(), first.plusDays(8).toString(), true)
			.task(key + "t2", first.plusDays(14).toString(), "IN_PROGRESS")
			.assignment(key + "a2", key + "t2", "441704", "LEAD", "IN_PROGRESS");
		try (UiBrowser supervisor = this.federation.signedIn("supervisor-441700")) {
			supervisor.go("bulletins");
			supervisor.select("bulletin-kind", "MONTHLY");
			supervisor.date("bulletin-from", first.toString());
			supervisor.date("bulletin-to", last.toString());
			supervisor.click("bulletin-generate");
			supervisor.awaitAll("bulletin-page", (found) -> !found.isEmpty(), "the generated draft");
			bulletinId = supervisor.currentUrl().replaceAll(".*#/bulletins/", "").replaceAll("[?/].*", "");
			supervisor.awaitAll("bulletin-mention",
					(found) -> found.stream()
						.anyMatch((m) -> "441704".equals(m.getDomAttribute("data-unit"))
								&& "CRITICIZED".equals(m.getDomAttribute("data-verdict"))),
					"阳东区 proposed for criticism");
			supervisor.type("bulletin-preface", "现将上月督查督办工作情况通报如下。");
			supervisor.click("bulletin-save");
			supervisor.awaitText("message", (text) -> text.contains("修改已保存"), "the preface saved");
			supervisor.click("bulletin-submit");
			supervisor.awaitStatus("bulletin-status", "SUBMITTED");
			assertThat(supervisor.find("bulletin-approve")).as("a supervisor does not approve").isEmpty();
		}
	}

	@Test
	@Order(2)
	void theLeaderApprovesAndPublishesItAndItsPdfRenders() throws IOException {
		try (UiBrowser leader = this.federation.signedIn("leader-441700")) {
			leader.go("bulletins/" + bulletinId);
			leader.awaitStatus("bulletin-status", "SUBMITTED");
			leader.click("bulletin-approve");
			leader.awaitStatus("bulletin-status", "APPROVED");
			leader.click("bulletin-publish");
			leader.awaitStatus("bulletin-status", "PUBLISHED");
			String number = leader.awaitText("bulletin-number", (text) -> text.contains("阳督通"), "the number");
			assertThat(leader.find("bulletin-save")).as("a published bulletin is never edited").isEmpty();
			leader.screenshot("70-bulletin-published");
			UiBrowser.Download download = leader.download(leader.element("bulletin-pdf").getDomAttribute("href"));
			assertThat(download.status()).as("the published PDF").isEqualTo(200);
			byte[] pdf = download.bytes();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains(number, "阳东区");
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
				Files.createDirectories(UiBrowser.SCREENSHOTS);
				ImageIO.write(page, "png", UiBrowser.SCREENSHOTS.resolve("71-bulletin-pdf-page-1.png").toFile());
			}
		}
		try (UiBrowser county = this.federation.signedIn("supervisor-441704")) {
			county.reloadUntil("bulletins", "bulletin-row",
					(rows) -> rows.stream().anyMatch((r) -> bulletinId.equals(r.getDomAttribute("data-bulletin-id"))),
					"the bulletin at 阳东区");
		}
	}

	@Test
	@Order(3)
	void aNamedUnitsHandlerOpensThePublishedBulletinFromTheInbox() {
		try (UiBrowser handler = this.federation.signedIn("handler-441700-jyj")) {
			List<WebElement> items = handler.reloadUntil("inbox", "inbox-item",
					(found) -> found.stream().anyMatch((i) -> "BULLETIN".equals(i.getDomAttribute("data-source"))),
					"the bulletin in 阳江市教育局's inbox");
			WebElement item = items.stream()
				.filter((i) -> "BULLETIN".equals(i.getDomAttribute("data-source")))
				.findFirst()
				.orElseThrow();
			assertThat(item.getText()).contains("督查通报");
			UiBrowser.within(item, "inbox-bulletin-link").click();
			handler.awaitStatus("bulletin-status", "PUBLISHED");
			assertThat(handler.currentUrl()).endsWith("#/bulletins/" + bulletinId);
		}
	}

}
