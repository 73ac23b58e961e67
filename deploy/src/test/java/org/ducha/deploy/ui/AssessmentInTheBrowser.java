package org.ducha.deploy.ui;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment in the browser: the city's supervisor sees the year's scores of the
 * units of its subtree ranked as an ECharts bar chart and a table, and opens a unit's
 * breakdown with every measure; the province's system administrator is told, in Chinese,
 * why a formula whose weights do not add up is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AssessmentInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	@Order(1)
	void theSupervisorSeesTheRankingAsAChartAndOpensAUnitsBreakdown() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("assessment?year=" + federation.today().getYear());
			List<WebElement> rows = supervisor.awaitAll("assessment-row", (found) -> found.size() > 2,
					"the units of the city's subtree ranked");
			assertThat(rows).extracting((row) -> row.getDomAttribute("data-unit-code")).contains("441704", "441721");
			supervisor.awaitAll("assessment-chart",
					(found) -> !found.isEmpty() && !found.get(0).findElements(By.tagName("canvas")).isEmpty(),
					"the ranking drawn by ECharts");
			assertThat(supervisor.error()).isNull();
			supervisor.reveal("assessment-chart");
			supervisor.screenshot("67-assessment-ranking");

			supervisor.click("assessment-unit-link");
			List<WebElement> measures = supervisor.awaitAll("measure", (found) -> found.size() == 8,
					"the eight measures of the default formula");
			assertThat(measures.get(0).getDomAttribute("data-measure")).isEqualTo("ON_TIME_REPORTS");
			assertThat(supervisor.text("assessment-total")).matches("\\d+\\.\\d\\d");
			assertThat(supervisor.error()).isNull();
			supervisor.screenshot("68-assessment-breakdown");
		}
	}

	@Test
	@Order(2)
	void theProvincesSysadminIsToldWhyAFormulaThatDoesNotAddUpIsRefused() {
		try (UiBrowser sysadmin = federation.signedIn("sysadmin-440000")) {
			sysadmin.click("nav-assessment-formula");
			sysadmin.element("formula-form");
			sysadmin.type("formula-weight", "50");
			sysadmin.type("formula-reason", "浏览器测试");
			sysadmin.click("formula-save");
			String refusal = sysadmin.awaitText("message", (message) -> message.contains("权重之和应为 100"),
					"the refusal naming the sum");
			assertThat(refusal).contains("90");
			assertThat(sysadmin.find("formula-version")).singleElement()
				.satisfies((version) -> assertThat(version.getDomAttribute("data-version")).isEqualTo("0"));
			sysadmin.screenshot("69-assessment-formula");
		}
	}

}
