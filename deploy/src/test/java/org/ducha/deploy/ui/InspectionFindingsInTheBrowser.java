package org.ducha.deploy.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings, rectification and verification in the browser: the city has carried out an
 * announced inspection of 阳东区; its supervisor records a finding on the plan and requires
 * 阳东区 to rectify it within ten working days; 阳东区 finds the requirement among its
 * rectifications and reports what it did; the city verifies the report on site, records a
 * return visit and closes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class InspectionFindingsInTheBrowser {

	private static final String YANGDONG = "441704";

	private static final String FINDING = "部分河段垃圾清运不及时";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static String rectificationId;

	@Test
	@Order(1)
	void theCitysSupervisorRecordsAFindingAndRequiresTheCountyToRectifyIt() {
		String plan = carriedOutPlanOnYangdong();
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("inspections/plans/" + plan + "/findings");
			supervisor.type("finding-content-input", FINDING);
			supervisor.click("finding-submit");
			supervisor.awaitAll("finding-row", (rows) -> rows.stream().anyMatch((r) -> r.getText().contains(FINDING)),
					"the finding recorded");
			supervisor.select("require-unit", YANGDONG);
			supervisor.type("require-text", "七日内完成垃圾清运并建立日常巡查机制");
			supervisor.click("require-submit");
			WebElement row = supervisor.awaitAll("rectification-row", (rows) -> !rows.isEmpty(), "the requirement")
				.get(0);
			assertThat(row.getDomAttribute("data-state")).isEqualTo("REQUIRED");
			rectificationId = row.getDomAttribute("data-rectification-id");
			supervisor.screenshot("61-inspection-findings");
			assertThat(supervisor.error()).isNull();
		}
	}

	@Test
	@Order(2)
	void theCountyReportsItsRectification() {
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.reloadUntil("rectifications", "rectification-row",
					(rows) -> rows.stream()
						.anyMatch((r) -> rectificationId.equals(r.getDomAttribute("data-rectification-id"))),
					"the city's requirement at 阳东区");
			county.go("rectifications/" + rectificationId);
			county.awaitText("rectification-requirement", (text) -> text.contains("垃圾清运"), "the requirement");
			county.type("unit-report-content", "已清运垃圾36吨，建立河长日巡查台账");
			county.click("unit-report-submit");
			county.awaitStatus("rectification-state", "REPORTED");
			county.screenshot("62-rectification-at-the-county");
			assertThat(county.error()).isNull();
		}
	}

	@Test
	@Order(3)
	void theCityVerifiesVisitsAndClosesIt() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			List<WebElement> state = supervisor.reloadUntil("rectifications/" + rectificationId, "rectification-state",
					(found) -> !found.isEmpty() && "REPORTED".equals(found.get(0).getDomAttribute("data-state")),
					"阳东区's report at the city");
			assertThat(state).isNotEmpty();
			supervisor.type("verify-notes", "现场核查：河段已清理，台账齐全");
			supervisor.click("verify-submit");
			supervisor.awaitStatus("rectification-state", "VERIFIED");
			supervisor.date("visit-date", federation.today().toString());
			supervisor.type("visit-grassroots", "村干部反映巡查已常态化");
			supervisor.type("visit-public", "群众反映河道明显改善");
			supervisor.click("visit-submit");
			supervisor.awaitStatus("rectification-state", "VISITED");
			supervisor.click("rectification-close");
			supervisor.awaitStatus("rectification-state", "CLOSED");
			supervisor.screenshot("63-rectification-closed");
			assertThat(supervisor.error()).isNull();
		}
	}

	/**
	 * An announced plan of the city on 阳东区, approved and carried out by its own people.
	 */
	private String carriedOutPlanOnYangdong() {
		Planning planning = federation.node("441700").bean(Planning.class);
		Actor supervisor = new Actor("supervisor-441700", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR));
		UUID id = planning
			.draft(new PlanDraft("河湖长制专项督查", PlanKind.SPECIAL, Set.of(InspectionMethod.SITE_VISITS),
					federation.today().minusDays(10), federation.today().plusDays(10), List.of(YANGDONG),
					List.of("督查员甲"), new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "年度重点工作"), null), supervisor)
			.plan()
			.id();
		planning.submit(id, "与省级督查统筹开展", supervisor);
		planning.approve(id, new Actor("leader-441700", "领导", "441700", "441700", Set.of(Role.LEADER)));
		planning.carryOut(id, supervisor);
		return id.toString();
	}

}
