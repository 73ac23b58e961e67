package org.ducha.deploy.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

import org.ducha.node.inspection.conclusion.Concluding;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conclusions and objections in the browser: on the page of an inspection of 阳东区 the
 * city's supervisor drafts a conclusion (a leader approves and issues it); 阳东区 finds it
 * among its conclusions, signs for it and objects; the supervisor, its drafter and on the
 * plan's team by account name, is refused as a reviewer with the reason; the city's
 * leader, none of its authors, changes it; 阳东区 reads the changed conclusion.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class InspectionConclusionsInTheBrowser {

	private static final String YANGDONG = "441704";

	private static final String CHANGED = "阳东区内涝点整治已全部完成，整改到位。";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static String conclusionId;

	@Test
	@Order(1)
	void theCitysSupervisorDraftsAConclusionOnTheInspection() {
		String planId = plan();
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("inspections/plans/" + planId);
			supervisor.awaitAll("conclusions-empty", (found) -> !found.isEmpty(),
					"the plan's page with no conclusion yet");
			supervisor.select("conclusion-unit", YANGDONG);
			supervisor.type("conclusion-text", "阳东区内涝点整治基本到位，排水管网改造尚未完成。");
			supervisor.screenshot("60-conclusion-draft");
			supervisor.click("conclusion-draft-submit");
			awaitState(supervisor, "DRAFT");
			conclusionId = supervisor.currentUrl().replaceAll(".*#/conclusions/", "").replaceAll("[?/].*", "");
			assertThat(supervisor.find("conclusion-approve")).as("a supervisor does not approve").isEmpty();
		}
		Actor leader = new Actor("fixture-leader", "审批领导", "441700", "441700", Set.of(Role.LEADER));
		Concluding concluding = federation.node("441700").bean(Concluding.class);
		concluding.approve(conclusionId, leader);
		concluding.issue(conclusionId, leader);
	}

	@Test
	@Order(2)
	void theCountySignsForItAndObjects() {
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.reloadUntil("conclusions", "conclusion-row",
					(rows) -> rows.stream()
						.anyMatch((r) -> conclusionId.equals(r.getDomAttribute("data-conclusion-id"))),
					"the conclusion at the county");
			county.screenshot("61-conclusions-at-the-county");
			county.go("conclusions/" + conclusionId);
			awaitState(county, "ISSUED");
			county.click("conclusion-sign");
			awaitState(county, "SIGNED");
			assertThat(county.text("objection-closes")).contains(federation.today().plusDays(30).toString());
			county.type("objection-reasons", "排水管网改造已于上月完工并通过验收，结论与事实不符。");
			county.screenshot("62-conclusion-signed");
			county.click("objection-submit");
			awaitState(county, "OBJECTED");
			county.screenshot("63-conclusion-objection");
			assertThat(county.error()).isNull();
		}
	}

	@Test
	@Order(3)
	void aTeamMemberIsRefusedAsReviewerAndALeaderWhoIsNoneOfItsAuthorsChangesIt() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			supervisor.go("conclusions/" + conclusionId);
			awaitState(supervisor, "OBJECTED");
			supervisor.select("review-outcome", "UPHELD");
			supervisor.click("review-submit");
			// named on the plan's team by account name, not by the display name it
			// drafted under
			supervisor.awaitText("message", (text) -> text.contains("回避") && text.contains("督查组成员"),
					"the recusal of a member of the inspection team");
			assertThat(supervisor.error()).isNotNull();
			supervisor.screenshot("64-conclusion-review-recused");
		}
		try (UiBrowser leader = federation.signedIn("leader-441700")) {
			leader.go("conclusions/" + conclusionId);
			awaitState(leader, "OBJECTED");
			leader.select("review-outcome", "CHANGED");
			leader.type("review-text", CHANGED);
			leader.click("review-submit");
			awaitState(leader, "REVIEWED");
			assertThat(leader.text("conclusion-text-in-force")).isEqualTo(CHANGED);
		}
		try (UiBrowser county = federation.signedIn("supervisor-441704")) {
			county.reloadUntil("conclusions/" + conclusionId, "review-shown",
					(found) -> !found.isEmpty() && "CHANGED".equals(found.get(0).getDomAttribute("data-outcome")),
					"the review's outcome at the county");
			assertThat(county.text("conclusion-text-in-force")).isEqualTo(CHANGED);
			county.screenshot("65-conclusion-reviewed-at-the-county");
		}
	}

	private static void awaitState(UiBrowser browser, String state) {
		List<WebElement> found = browser.awaitAll("conclusion-state",
				(badges) -> !badges.isEmpty() && state.equals(badges.get(0).getDomAttribute("data-state")),
				"the conclusion " + state);
		assertThat(found).isNotEmpty();
	}

	/**
	 * A carried-out announced plan of the city inspecting 阳东区, as the plans feature
	 * stores it.
	 */
	private String plan() {
		String id = UUID.randomUUID().toString();
		JdbcClient jdbc = federation.node("441700").bean(JdbcClient.class);
		jdbc.sql("INSERT INTO inspection_plan (id, planning_node, planning_node_name, title, kind, methods, "
				+ "unannounced, starts_on, ends_on, basis_kind, status, drafted_by, drafted_at, approved_by, version) "
				+ "VALUES (?, '441700', '阳江市', '城区内涝点整治专项督查', 'SPECIAL', 'SITE_VISITS', FALSE, ?, ?, "
				+ "'LEADER_INSTRUCTION', 'CARRIED_OUT', 'fixture-planner', ?, 'fixture-plan-approver', 1)")
			.params(id, federation.today().minusDays(20), federation.today().minusDays(10),
					Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("INSERT INTO inspection_plan_object (plan_id, position, unit_code, unit_name) "
				+ "VALUES (?, 0, '441704', '阳东区')")
			.param(id)
			.update();
		jdbc.sql("INSERT INTO inspection_plan_team (plan_id, position, username) VALUES (?, 0, 'supervisor-441700')")
			.param(id)
			.update();
		return id;
	}

}
