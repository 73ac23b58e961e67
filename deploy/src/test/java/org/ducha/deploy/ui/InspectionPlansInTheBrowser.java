package org.ducha.deploy.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.InspectionPlans;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Inspection plans in the browser: the city has approved an announced plan on 阳东区; the
 * province's supervisor drafts a plan on 阳东区 for days within it, is warned of duplicate
 * supervision, and submits it with a reason; the province's leader approves it and the
 * supervisor marks it carried out; 阳东区 reads both plans, read only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class InspectionPlansInTheBrowser {

	private static final String YANGDONG = "441704";

	private static final String CITY_PLAN = "阳东区营商环境专项督查";

	private static final String TITLE = "阳东区优化营商环境省级督查";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static String planId;

	@Test
	@Order(1)
	void theProvincesSupervisorIsWarnedOfTheCitysPlanAndGoesOnWithAReason() {
		LocalDate today = this.federation.today();
		UUID cityPlan = cityPlan(today.plusDays(30), today.plusDays(60));
		await().atMost(Duration.ofSeconds(45))
			.until(() -> this.federation.node("440000").bean(InspectionPlans.class).find(cityPlan).isPresent());
		try (UiBrowser supervisor = this.federation.signedIn("supervisor-440000")) {
			supervisor.click("nav-inspections");
			supervisor.click("plan-new");
			supervisor.type("plan-title", TITLE);
			supervisor.select("plan-kind", "SPECIAL");
			supervisor.date("plan-starts", today.plusDays(40).toString());
			supervisor.date("plan-ends", today.plusDays(45).toString());
			supervisor.click("plan-method-DOCUMENT_REVIEW");
			supervisor.select("plan-objects", YANGDONG);
			supervisor.type("plan-team", "supervisor-440000、督查员乙");
			supervisor.type("plan-basis-text", "省政府年度重点工作");
			supervisor.click("plan-save");
			supervisor.awaitAll("plan-warning-row",
					(rows) -> rows.stream().anyMatch((r) -> r.getText().contains(CITY_PLAN)),
					"the city's plan named in the warning");
			supervisor.type("plan-duplicate-reason", "省领导批示要求省级专项督查，与市级督查联合开展");
			supervisor.screenshot("60-inspection-plan-warning");
			supervisor.click("plan-proceed");
			supervisor.awaitStatus("plan-status", "AWAITING_APPROVAL");
			assertThat(supervisor.text("plan-recorded-reason")).contains("联合开展");
			assertThat(supervisor.find("plan-approve")).as("a supervisor does not approve").isEmpty();
			planId = supervisor.currentUrl().replaceAll(".*#/inspections/plans/", "").replaceAll("[?/].*", "");
			assertThat(supervisor.error()).isNull();
		}
	}

	@Test
	@Order(2)
	void theLeaderApprovesAndTheSupervisorMarksItCarriedOut() {
		try (UiBrowser leader = this.federation.signedIn("leader-440000")) {
			leader.go("inspections/plans/" + planId);
			leader.awaitStatus("plan-status", "AWAITING_APPROVAL");
			assertThat(leader.find("plan-carry-out")).isEmpty();
			leader.click("plan-approve");
			leader.awaitStatus("plan-status", "APPROVED");
		}
		try (UiBrowser supervisor = this.federation.signedIn("supervisor-440000")) {
			supervisor.go("inspections/plans/" + planId);
			supervisor.awaitStatus("plan-status", "APPROVED");
			assertThat(supervisor.text("plan-team-list")).contains("督查员乙");
			supervisor.click("plan-carry-out");
			supervisor.awaitStatus("plan-status", "CARRIED_OUT");
			assertThat(supervisor.find("plan-sections")).as("the place of findings and conclusions").isNotEmpty();
			supervisor.screenshot("61-inspection-plan");
		}
	}

	@Test
	@Order(3)
	void theInspectedCountyReadsBothPlansWithoutTheirTeams() {
		try (UiBrowser county = this.federation.signedIn("supervisor-441704")) {
			county.reloadUntil("inspections/plans", "plan-row",
					(rows) -> rows.stream()
						.anyMatch((r) -> planId.equals(r.getDomAttribute("data-plan-id"))
								&& "CARRIED_OUT".equals(r.getDomAttribute("data-status")))
							&& rows.stream().anyMatch((r) -> r.getText().contains(CITY_PLAN)),
					"the province's and the city's plans at 阳东区");
			county.screenshot("62-inspection-plans-at-the-county");
			county.go("inspections/plans/" + planId);
			county.awaitStatus("plan-status", "CARRIED_OUT");
			assertThat(county.find("plan-copy")).isNotEmpty();
			assertThat(county.find("plan-team-list")).as("the team stays at the planner").isEmpty();
			assertThat(county.find("plan-close")).isEmpty();
			assertThat(county.error()).isNull();
		}
	}

	/** The city's announced plan on 阳东区, approved; its id. */
	private UUID cityPlan(LocalDate from, LocalDate to) {
		Planning planning = this.federation.node("441700").bean(Planning.class);
		Actor supervisor = new Actor("seed-supervisor", "督查员", "441700", "441700", Set.of(Role.SUPERVISOR));
		UUID id = planning
			.draft(new PlanDraft(CITY_PLAN, PlanKind.SPECIAL, Set.of(InspectionMethod.REPORTS), from, to,
					List.of(YANGDONG), List.of("supervisor-441700"),
					new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "市政府年度重点工作"), null), supervisor)
			.plan()
			.id();
		planning.submit(id, null, supervisor);
		planning.approve(id, new Actor("seed-leader", "领导", "441700", "441700", Set.of(Role.LEADER)));
		return id;
	}

}
