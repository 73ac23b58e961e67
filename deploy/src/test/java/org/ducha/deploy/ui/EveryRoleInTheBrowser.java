package org.ducha.deploy.ui;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's pages against the real nodes, each opened through its navigation link and
 * shown without an error: the supervisor's and leader's, the administrators' (who sign in
 * with their second factor) — the links with a re-sync, the subtree's users from
 * Keycloak, the audit trail with its verification, the province's calendar notices — and
 * the language switch.
 */
abstract class EveryRoleInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	void aSupervisorsPagesOpenFromTheNavigationInChineseAndInEnglish() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-441700")) {
			for (String page : List.of("dashboard", "tasks", "new-task", "inbox", "alerts", "public")) {
				supervisor.click("nav-" + page);
				supervisor.awaitText("page-title", (title) -> !title.isEmpty(), "the title of " + page);
				assertThat(supervisor.error()).as("an error on " + page).isNull();
			}
			supervisor.click("nav-dashboard");
			String chinese = supervisor.awaitText("page-title", (title) -> title.matches(".*\\p{IsHan}.*"),
					"the dashboard in Chinese");
			supervisor.click("language");
			String english = supervisor.awaitText("page-title", (title) -> title.matches("[\\p{ASCII}]+"),
					"the dashboard in English");
			assertThat(english).isNotEqualTo(chinese);
			supervisor.click("language");
			supervisor.awaitText("page-title", chinese::equals, "back in Chinese");
		}
	}

	@Test
	void aLeaderHasTheDashboardAndTheTasksButNoRegistration() {
		try (UiBrowser leader = federation.signedIn("leader-441700")) {
			leader.click("nav-dashboard");
			leader.element("dashboard-counts");
			assertThat(leader.find("nav-tasks")).isNotEmpty();
			assertThat(leader.find("nav-links")).as("no administration for a leader").isEmpty();
			assertThat(leader.error()).isNull();
		}
	}

	@Test
	void theSystemAdministratorSeesTheCitysLinksAndResyncsOne() {
		try (UiBrowser sysadmin = federation.signedIn("sysadmin-441700")) {
			sysadmin.click("nav-links");
			List<WebElement> links = sysadmin.awaitAll("link-row", (rows) -> rows.size() == 3,
					"the city's links: the province and two counties");
			assertThat(links).extracting((row) -> row.getDomAttribute("data-peer"))
				.containsExactlyInAnyOrder("440000", "441704", "441721");
			sysadmin.screenshot("12-links");
			sysadmin.click("link-resync");
			sysadmin.confirm();
			sysadmin.awaitText("message", (message) -> !message.isEmpty(), "the re-sync's answer");
			assertThat(sysadmin.error()).as("re-sync refused").isNull();
		}
	}

	@Test
	void theSecurityAdministratorListsTheSubtreesUsersFromKeycloak() {
		try (UiBrowser secadmin = federation.signedIn("secadmin-441700")) {
			secadmin.click("nav-users");
			List<WebElement> users = secadmin.awaitAll("user-row", (rows) -> rows.size() > 3, "the subtree's users");
			assertThat(users).anyMatch((row) -> row.getText().contains("handler-441704"));
			assertThat(users).filteredOn((row) -> row.getText().contains("handler-441704"))
				.as("a realm account says where it comes from")
				.allMatch((row) -> row.getText().contains("本地账号"));
			assertThat(secadmin.error()).isNull();
			secadmin.element("user-role-handler");
			assertThat(secadmin.find("user-role-auditor")).as("delegated creation offers business roles only")
				.isEmpty();

			// the appointment of a node's administrators: the city's own are not the
			// city's to
			// appoint, and the province says so
			secadmin.reveal("appoint-form");
			secadmin.type("appoint-username", "sysadmin-441700-ui");
			secadmin.type("appoint-first-name", "界面任命");
			secadmin.type("appoint-email", "sysadmin-441700-ui@example.gov.cn");
			secadmin.type("appoint-node", "441700");
			secadmin.select("appoint-role", "sysadmin");
			secadmin.click("appoint-submit");
			String refusal = secadmin.awaitText("message", (message) -> !message.isEmpty(), "the appointment's answer");
			assertThat(refusal).contains("上一级");
			assertThat(secadmin.error()).isNotNull();
		}
	}

	@Test
	void theAuditorReadsTheTrailAndVerifiesTheChain() {
		federation.seed("441700").issuedTask("审计链验证用事项", "441704", federation.today().plusDays(20), false);
		try (UiBrowser auditor = federation.signedIn("auditor-441700")) {
			auditor.click("nav-audit");
			auditor.awaitAll("audit-row", (rows) -> !rows.isEmpty(), "the audit trail");
			auditor.click("audit-verify");
			WebElement verdict = auditor.awaitAll("audit-verdict", (found) -> !found.isEmpty(), "the verdict").get(0);
			assertThat(verdict.getDomAttribute("data-intact")).isEqualTo("true");
			auditor.screenshot("13-audit");
		}
	}

	@Test
	void theProvincesSystemAdministratorSeesTheCalendarNotices() {
		try (UiBrowser sysadmin = federation.signedIn("sysadmin-440000")) {
			sysadmin.click("nav-calendar");
			sysadmin.awaitAll("notice-row", (rows) -> !rows.isEmpty(), "the calendar's notices by year");
			sysadmin.element("calendar-submit");
			assertThat(sysadmin.error()).isNull();
		}
	}

}
