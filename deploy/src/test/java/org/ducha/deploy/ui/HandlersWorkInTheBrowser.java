package org.ducha.deploy.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily work between 阳江市 and 阳东区 in the browser, against the real nodes: a handler's
 * report with an attachment the city downloads; a county's warning signed for at the
 * city; two failed coordination attempts and the written report they call for; a
 * completion refused with a reason, then approved; the city's urging signed for in the
 * county's inbox; the ledger exported and a bad task list refused row by row; and a
 * second signing of the same assignment refused with a clear message.
 */
abstract class HandlersWorkInTheBrowser {

	private static final String CITY = "441700";

	private static final String YANGDONG = "441704";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	void aHandlersReportCarriesAnAttachmentTheCityDownloads(@TempDir Path dir) throws IOException {
		JsonNode task = federation.seed(CITY)
			.issuedTask("重点项目审批提速", "441700:fgj", federation.today().plusDays(30), false);
		String content = "第一季度重点项目审批清单：共18项，已办结15项。";
		Path file = Files.writeString(dir.resolve("审批清单.txt"), content);
		try (UiBrowser handler = federation.signedIn("handler-441700")) {
			handler.signAssignment(Seed.assignmentOf(task));
			handler.type("report-percentComplete", "60");
			handler.type("report-progress", "审批时限由20个工作日压缩至12个工作日");
			handler.upload("report-attachments", file);
			handler.awaitAll("report-attachment",
					(files) -> files.size() == 1 && files.get(0).getText().contains("审批清单.txt"),
					"the uploaded file listed in the form");
			handler.screenshot("20-report-with-attachment");
			handler.click("report-submit");
			handler.awaitText("message", (message) -> !message.isEmpty(), "the report's confirmation");
			assertThat(handler.error()).isNull();
		}
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("tasks/" + task.path("id").asString());
			supervisor.awaitAll("report-row", (rows) -> rows.size() == 1 && rows.get(0).getText().contains("12个工作日"),
					"the handler's report on the task page");
			WebElement link = supervisor.element("report-attachment-link");
			assertThat(link.getText()).contains("审批清单.txt");
			supervisor.reveal("report-row");
			Map<String, Object> download = supervisor.fetch(link.getDomAttribute("href"));
			assertThat(download).containsEntry("status", 200L).containsEntry("text", content);
			supervisor.screenshot("21-report-attachment-at-the-city");
		}
	}

	@Test
	void aCountysWarningIsSignedForAtTheCity() {
		JsonNode task = federation.seed(CITY).issuedTask("老旧小区改造", YANGDONG, federation.today().plusDays(45), false);
		String title = "改造资金缺口约1200万元";
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.signAssignment(Seed.assignmentOf(task));
			county.select("alert-kind", "DIFFICULTY");
			assertThat(county.element("alert-to-node").getDomProperty("value")).isEqualTo(CITY);
			county.type("alert-title", title);
			county.type("alert-message", "省级补助资金尚未下达，请市级协调");
			county.screenshot("22-warning-form");
			county.click("alert-submit");
			county.awaitText("message", (message) -> !message.isEmpty(), "the warning's confirmation");
			assertThat(county.error()).isNull();
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.click("nav-alerts");
			WebElement row = city
				.reloadUntil("alerts", "alert-row",
						(rows) -> rows.stream().anyMatch((r) -> r.getText().contains(title)),
						"the county's warning at the city")
				.stream()
				.filter((r) -> r.getText().contains(title))
				.findFirst()
				.orElseThrow();
			String alertId = row.getDomAttribute("data-alert-id");
			assertThat(row.getDomAttribute("data-status")).isEqualTo("OPEN");
			assertThat(row.getText()).as("sender and recipient by name").contains("阳东区 (441704) → 阳江市 (441700)");
			UiBrowser.within(row, "alert-note").sendKeys("已转市财政局统筹");
			city.screenshot("23-alerts-at-the-city");
			UiBrowser.within(row, "alert-acknowledge").click();
			city.awaitAll("alert-row", (rows) -> rows.stream()
				.anyMatch((r) -> alertId.equals(r.getDomAttribute("data-alert-id"))
						&& "ACKNOWLEDGED".equals(r.getDomAttribute("data-status")) && r.getText().contains("已转市财政局统筹")),
					"the warning signed for with the note");
			city.go("inbox");
			city.awaitAll("inbox-item",
					(items) -> items.stream()
						.anyMatch((item) -> item.getText().contains(title)
								&& "true".equals(item.getDomAttribute("data-signed"))),
					"the warning in the city's inbox, signed for with the alert");
		}
	}

	@Test
	void twoFailedCoordinationsLeadTheCountyToTheWrittenReport() {
		JsonNode task = federation.seed(CITY).issuedTask("跨区河道综合治理", YANGDONG, federation.today().plusDays(60), false);
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.signAssignment(Seed.assignmentOf(task));
			for (String matter : List.of("上游截污管网接驳", "河道清淤弃土场选址")) {
				county.type("coordination-with", "441704:nyj");
				county.type("coordination-matter", matter);
				county.select("coordination-outcome", "UNRESOLVED");
				county.click("coordination-submit");
				county.awaitAll("coordination-row",
						(rows) -> rows.stream().anyMatch((r) -> r.getText().contains(matter)),
						"the attempt listed: " + matter);
			}
			assertThat(county.element("coordination-status").getDomAttribute("data-required")).isEqualTo("true");
			county.element("coordination-report-form");
			assertThat(county.error()).as("led to the written report").contains("书面");
			county.type("coordination-report-process", "两次召集农业农村局协调，未能就管网接驳达成一致");
			county.type("coordination-report-reasons", "接驳涉及两区财政分担，县级无权决定");
			county.type("coordination-report-suggestions", "建议市政府召开专题会议明确分担比例");
			county.screenshot("24-coordination-written-report");
			county.click("coordination-report-submit");
			county.awaitAll("coordination-status",
					(found) -> !found.isEmpty() && "false".equals(found.get(0).getDomAttribute("data-required")),
					"the written report filed");
			assertThat(county.find("coordination-report-form")).isEmpty();
			assertThat(county.error()).isNull();
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.reloadUntil("alerts", "alert-row",
					(rows) -> rows.stream().anyMatch((r) -> r.getText().contains("建议市政府召开专题会议明确分担比例")),
					"the written report at the city");
		}
	}

	@Test
	void aRefusedCompletionShowsItsReasonAndTheSecondIsApproved() {
		JsonNode task = federation.seed(CITY).issuedTask("农贸市场升级改造", YANGDONG, federation.today().plusDays(50), false);
		String assignment = Seed.assignmentOf(task);
		String reason = "缺少消防验收材料";
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.signAssignment(assignment);
			county.type("report-percentComplete", "100");
			county.type("report-progress", "5个农贸市场改造全部完工");
			county.click("report-submit");
			county.awaitStatus("assignment-status", "REPORTING");
			requestCompletion(county, "5个农贸市场改造完工并投入使用");
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.reloadUntil("assignments/" + assignment, "completion-refuse", (found) -> !found.isEmpty(),
					"the completion request at the city");
			city.type("completion-reason", reason);
			city.screenshot("25-completion-decision");
			city.click("completion-refuse");
			city.awaitStatus("assignment-status", "REPORTING");
		}
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.reloadUntil("assignments/" + assignment, "completion-refusal",
					(found) -> !found.isEmpty() && found.get(0).getText().contains(reason), "the refusal's reason");
			county.screenshot("26-completion-refused");
			requestCompletion(county, "已补充消防验收合格意见书");
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.reloadUntil("assignments/" + assignment, "completion-approve", (found) -> !found.isEmpty(),
					"the second completion request at the city");
			city.click("completion-approve");
			city.awaitStatus("assignment-status", "COMPLETED");
			city.go("tasks/" + task.path("id").asString());
			city.awaitStatus("task-status", "CLOSED");
			city.awaitAll("assignment-row-status",
					(found) -> found.size() == 1 && "COMPLETED".equals(found.get(0).getDomAttribute("data-status")),
					"the assignment finished on the task page");
			city.screenshot("27-task-closed");
		}
	}

	@Test
	void theCitysUrgingArrivesInTheCountysInboxAndIsSignedFor() {
		JsonNode task = federation.seed(CITY).issuedTask("城乡垃圾分类推进", YANGDONG, federation.today().plusDays(20), false);
		String assignment = Seed.assignmentOf(task);
		String title = "请于本周内报送垃圾分类进展";
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.go("assignments/" + assignment);
			city.type("urge-title", title);
			city.type("urge-message", "该事项尚未签收，请尽快签收并报送进展");
			city.click("urge-submit");
			city.awaitAll("reminder-row", (rows) -> rows.stream().anyMatch((r) -> r.getText().contains(title)),
					"the urging listed on the assignment");
			assertThat(city.error()).isNull();
		}
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.click("nav-inbox");
			WebElement item = urging(county.reloadUntil("inbox", "inbox-item",
					(items) -> items.stream().anyMatch((i) -> i.getText().contains(title)), "the urging in the inbox"),
					title);
			assertThat(item.getDomAttribute("data-read")).isEqualTo("false");
			assertThat(item.getText()).as("the sender named").contains("上级节点 (441700)");
			county.screenshot("28-inbox-urging");
			UiBrowser.within(item, "inbox-read").click();
			county.awaitAll("inbox-item", (items) -> "true".equals(urging(items, title).getDomAttribute("data-read")),
					"the urging read");
			UiBrowser.within(urging(county.find("inbox-item"), title), "inbox-sign").click();
			county.awaitAll("inbox-item", (items) -> "true".equals(urging(items, title).getDomAttribute("data-signed")),
					"the urging signed for");
			assertThat(county.error()).isNull();
		}
	}

	@Test
	void theLedgerExportsAndABadTaskListIsRefusedRowByRow(@TempDir Path dir) throws IOException {
		Path bad = dir.resolve("年度重点工作.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(bad)) {
			Sheet sheet = workbook.createSheet("任务清单");
			row(sheet, 0, "事项名称", "牵头单位", "完成时限");
			row(sheet, 1, "", "441700:fgj", federation.today().plusDays(90).toString());
			row(sheet, 2, "港口物流园区建设", "441700:nosuch", "明年年底");
			workbook.write(out);
		}
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.click("nav-tasks");
			for (String download : List.of("ledger-export", "import-template")) {
				Map<String, Object> answer = supervisor.fetch(supervisor.element(download).getDomAttribute("href"));
				assertThat(answer).as(download).containsEntry("status", 200L);
				assertThat((String) answer.get("type")).as(download)
					.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
				assertThat((String) answer.get("text")).as(download + " is a zip (xlsx)").startsWith("PK");
			}
			supervisor.upload("import-file", bad);
			supervisor.click("import-submit");
			List<WebElement> errors = supervisor.awaitAll("import-error-row", (rows) -> rows.size() >= 2,
					"the rejected rows listed");
			assertThat(errors).anyMatch((row) -> row.getText().startsWith("2"))
				.anyMatch((row) -> row.getText().startsWith("3"));
			assertThat(supervisor.element("import-errors").getText()).contains("事项名称").contains("牵头单位");
			assertThat(supervisor.error()).isEqualTo("清单有 3 处问题，未导入任何事项；请按下表逐行修改后重新导入");
			assertThat(supervisor.find("import-result")).isEmpty();
			supervisor.screenshot("29-import-errors");
		}
	}

	@Test
	void signingTwiceInTwoWindowsShowsAClearConflict() {
		JsonNode task = federation.seed(CITY).issuedTask("消防通道专项整治", YANGDONG, federation.today().plusDays(25), false);
		String assignment = Seed.assignmentOf(task);
		try (UiBrowser first = federation.signedIn("supervisor-441704");
				UiBrowser second = federation.signedIn("leader-441704")) {
			first.go("assignments/" + assignment);
			second.go("assignments/" + assignment);
			first.element("assignment-sign");
			second.element("assignment-sign");
			first.click("assignment-sign");
			first.awaitStatus("assignment-status", "SIGNED");
			second.click("assignment-sign");
			String message = second.awaitText("message", (text) -> !text.isEmpty() && second.error() != null,
					"the conflict shown");
			assertThat(message).as("in Chinese alone").isEqualTo("操作与当前状态冲突，请刷新后重试");
			assertThat(second.text("message-details")).as("the node's own words below").contains("SIGNED");
			second.awaitStatus("assignment-status", "SIGNED");
			assertThat(second.find("assignment-sign")).as("the page shows what holds now").isEmpty();
			assertThat(second.error()).as("the message stays").isEqualTo(message);
			assertThat(second.inView("message")).as("the message seen where the button was").isTrue();
			second.screenshot("30-conflict");
		}
	}

	private static void requestCompletion(UiBrowser county, String evidence) {
		county.type("completion-evidence", evidence);
		county.click("completion-submit");
		county.awaitStatus("assignment-status", "COMPLETION_REQUESTED");
	}

	private static WebElement urging(List<WebElement> items, String title) {
		return items.stream().filter((item) -> item.getText().contains(title)).findFirst().orElseThrow();
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

}
