package org.ducha.deploy.ui;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

import org.ducha.node.accountability.Proposing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountability ladder in the browser: 阳东区 has named its principal leader and deputy
 * in charge; a city task to 阳东区 stays red, so the city proposes a supervision notice; the
 * city's supervisor finds it among the proposals and confirms it with a reason, the
 * leader approves it; 阳东区 finds the notice in its inbox and reports its rectification;
 * the city reads 阳东区's record; the people in charge are listed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LadderInTheBrowser {

	private static final String YANGDONG = "441704";

	private static final String TITLE = "城区内涝点整治";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static String proposalId;

	private static String stepId;

	@Test
	@Order(1)
	void theCitysSupervisorFindsTheProposalAndConfirmsIt() {
		Seed county = federation.seed(YANGDONG);
		county.personInCharge(YANGDONG, "陈主任", "区长", "PRINCIPAL", federation.today().minusYears(1));
		county.personInCharge(YANGDONG, "林副主任", "副区长", "DEPUTY", federation.today().minusYears(1));
		federation.seed("441700").issuedTask(TITLE, YANGDONG, federation.today().plusDays(2), false);
		federation.advance(Duration.ofDays(21));
		federation.node("441700").bean(Proposing.class).proposeDue();
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.click("nav-ladder");
			WebElement row = supervisor
				.awaitAll("proposal-row", (rows) -> rows.stream().anyMatch((r) -> r.getText().contains(TITLE)),
						"the notice proposed for the red assignment")
				.stream()
				.filter((r) -> r.getText().contains(TITLE))
				.findFirst()
				.orElseThrow();
			assertThat(row.getDomAttribute("data-kind")).isEqualTo("NOTICE");
			assertThat(row.getText()).as("the principal leader on the day").contains("陈主任");
			proposalId = row.getDomAttribute("data-proposal-id");
			supervisor.screenshot("50-ladder-proposals");
			supervisor.go("ladder/proposals/" + proposalId);
			supervisor.awaitStatus("proposal-status", "PROPOSED");
			supervisor.type("proposal-reason", "经核实，该事项逾期未办结，情况属实");
			supervisor.screenshot("51-ladder-decision");
			supervisor.click("proposal-confirm");
			supervisor.awaitStatus("proposal-status", "CONFIRMED");
			assertThat(supervisor.find("proposal-confirm")).as("confirmed once only").isEmpty();
		}
	}

	@Test
	@Order(2)
	void theLeaderApprovesAndTheCountyReportsItsRectification() {
		try (UiBrowser leader = federation.signedIn("leader-441700")) {
			leader.go("ladder/proposals/" + proposalId);
			leader.click("proposal-approve");
			WebElement kind = leader.awaitAll("step-kind", (found) -> !found.isEmpty(), "the issued notice").get(0);
			assertThat(kind.getDomAttribute("data-kind")).isEqualTo("NOTICE");
			stepId = leader.currentUrl().replaceAll(".*#/ladder/steps/", "").replaceAll("[?/].*", "");
		}
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			List<WebElement> items = county.reloadUntil("inbox", "inbox-item",
					(found) -> found.stream().anyMatch((item) -> "LADDER".equals(item.getDomAttribute("data-source"))),
					"the notice in the county's inbox");
			assertThat(items).anyMatch((item) -> item.getText().contains("督查通知书"));
			county.go("ladder/steps/" + stepId);
			county.awaitText("step-person", (person) -> person.contains("陈主任"), "the principal leader named");
			county.type("rectification-content", "已完成3处内涝点排水管网改造，新增泵站1座");
			county.click("rectification-submit");
			county.awaitAll("step-rectification",
					(found) -> !found.isEmpty() && "REPORTED".equals(found.get(0).getDomAttribute("data-state")),
					"the rectification reported");
			county.screenshot("52-ladder-notice-at-the-county");
		}
	}

	@Test
	@Order(3)
	void theCityReadsTheCountysRecordAndItsPeopleInCharge() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("units/" + YANGDONG + "/record");
			supervisor.awaitAll("record-step",
					(rows) -> rows.stream().anyMatch((r) -> stepId.equals(r.getDomAttribute("data-step-id"))),
					"the notice in 阳东区's record");
			assertThat(Integer.parseInt(supervisor.text("record-count-NOTICE"))).isPositive();
			assertThat(supervisor.element("record-export").getDomAttribute("href")).endsWith("/record.xlsx");
			supervisor.screenshot("53-ladder-record");
			supervisor.click("nav-people");
			supervisor.awaitAll("people-row", (rows) -> rows.stream()
				.anyMatch((r) -> YANGDONG.equals(r.getDomAttribute("data-unit-code")) && r.getText().contains("林副主任")),
					"阳东区's people in charge at the city");
			supervisor.screenshot("54-people-in-charge");
			assertThat(supervisor.error()).isNull();
		}
	}

}
