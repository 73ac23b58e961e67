package org.ducha.deploy.ui;

import java.time.Duration;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment-level rules in the browser: 阳西县 contributes to the lead 阳东区's report
 * through the city, 阳东区's page shows the contribution and its report sums it up; the city
 * returns that report with a reason and 阳东区 submits it again; the city's dashboard counts
 * and lists an assignment left unsigned past its signing limit (签收超时).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LeadAndCoUnitsInTheBrowser {

	private static final String CITY = "441700";

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static JsonNode task;

	@Test
	@Order(1)
	void theCoCountyContributesAndTheLeadCountySumsItUpInItsReport() {
		task = federation.seed(CITY).issuedTask("漠阳江流域水环境综合整治", YANGDONG, YANGXI, federation.today().plusDays(60));
		String co = Seed.assignmentOf(task, YANGXI);
		String lead = Seed.assignmentOf(task, YANGDONG);
		try (UiBrowser yangxi = federation.signedIn("supervisor-441721")) {
			yangxi.reloadUntil("assignments/" + co, "assignment-sign", (found) -> !found.isEmpty(),
					"the co-unit's assignment at 阳西县");
			yangxi.click("assignment-sign");
			yangxi.awaitStatus("assignment-status", "SIGNED");
			assertThat(yangxi.find("report-form")).as("a co-unit contributes instead of reporting").isEmpty();
			yangxi.type("contribution-progress", "完成入河排污口排查42个");
			yangxi.type("contribution-difficulties", "部分排污口权属不清");
			yangxi.screenshot("40-co-unit-contribution");
			yangxi.click("contribution-submit");
			yangxi.awaitAll("contribution-row", (rows) -> rows.size() == 1, "the contribution on the co-unit's page");
		}
		try (UiBrowser yangdong = federation.signedIn("supervisor-441704")) {
			yangdong.reloadUntil("assignments/" + lead, "assignment-sign", (found) -> !found.isEmpty(),
					"the lead's assignment at 阳东区");
			yangdong.click("assignment-sign");
			yangdong.awaitStatus("assignment-status", "SIGNED");
			yangdong.reloadUntil("assignments/" + lead, "contribution-row",
					(rows) -> rows.stream().anyMatch((row) -> row.getText().contains("完成入河排污口排查42个")),
					"阳西县's contribution, passed on by the city, in the lead's report form");
			yangdong.click("contribution-include");
			yangdong.click("contribution-quote");
			assertThat(yangdong.element("report-progress").getDomProperty("value")).contains("完成入河排污口排查42个");
			yangdong.type("report-percentComplete", "35");
			yangdong.screenshot("41-lead-sums-up");
			yangdong.click("report-submit");
			yangdong.awaitText("message", (message) -> !message.isEmpty(), "the report's confirmation");
			assertThat(yangdong.error()).isNull();
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.reloadUntil("assignments/" + lead, "report-summarised",
					(found) -> !found.isEmpty() && found.get(0).getText().contains("1"),
					"the lead's summary at the city, naming the contribution");
		}
	}

	@Test
	@Order(2)
	void theCityReturnsTheLeadsReportAndTheCountySubmitsItAgain() {
		String lead = Seed.assignmentOf(task, YANGDONG);
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.go("assignments/" + lead);
			city.type("report-return-reason", "请补充阳西县排污口整治时限");
			city.click("report-return-submit");
			city.awaitText("report-returned", (text) -> text.contains("请补充阳西县排污口整治时限"), "the return on the page");
			assertThat(city.error()).isNull();
			city.screenshot("42-report-returned");
		}
		try (UiBrowser yangdong = federation.signedIn("supervisor-441704")) {
			yangdong.reloadUntil("assignments/" + lead, "report-resubmits",
					(found) -> !found.isEmpty() && found.get(0).getText().contains("请补充阳西县排污口整治时限"),
					"the return at the county, and the form that submits the report again");
			yangdong.type("report-percentComplete", "40");
			yangdong.type("report-progress", "补充：阳西县排污口整治于年底前完成");
			yangdong.click("report-submit");
			yangdong.awaitText("message", (message) -> !message.isEmpty(), "the resubmission's confirmation");
			assertThat(yangdong.error()).isNull();
		}
		try (UiBrowser city = federation.signedIn("supervisor-441700")) {
			city.reloadUntil("assignments/" + lead, "report-resubmission", (found) -> !found.isEmpty(),
					"the resubmission at the city");
			city.screenshot("43-report-resubmitted");
		}
	}

	@Test
	@Order(3)
	void theDashboardCountsAnAssignmentLeftUnsignedPastItsLimit() {
		federation.seed(CITY).issuedTask("汛前水库安全隐患排查", YANGXI, federation.today().plusDays(30), false);
		federation.advance(Duration.ofDays(7));
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("dashboard");
			supervisor.awaitText("claim-overdue-count", (count) -> count.matches("[1-9]\\d*"),
					"the assignments left unsigned counted");
			supervisor.awaitText("claim-overdue-list", (list) -> list.contains("汛前水库安全隐患排查"),
					"the unsigned assignment listed");
			supervisor.reveal("claim-overdue-list");
			supervisor.screenshot("44-dashboard-claim-overdue");
		}
	}

}
