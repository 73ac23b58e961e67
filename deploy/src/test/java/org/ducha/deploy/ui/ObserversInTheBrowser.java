package org.ducha.deploy.ui;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invited observers in the browser: the city's supervisor invites its observer (a deputy)
 * to one task for a month; the observer's navigation offers only what they are invited
 * to, they read the task without an error, and another task answers them "not found"; the
 * supervisor withdraws the invitation and the observer's list is empty.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ObserversInTheBrowser {

	private static final String CITY = "441700";

	private static final String TITLE = "滨海新区防潮堤加固";

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	private static String invitedTask;

	private static String otherTask;

	@Test
	@Order(1)
	void theSupervisorInvitesTheObserverToOneTask() {
		Seed city = federation.seed(CITY);
		invitedTask = city.issuedTask(TITLE, "441700:fgj", federation.today().plusDays(40), false)
			.path("id")
			.asString();
		otherTask = city.issuedTask("城区老旧管网改造", "441700:fgj", federation.today().plusDays(40), false)
			.path("id")
			.asString();
		try (UiBrowser supervisor = federation.signedIn("supervisor-" + CITY)) {
			supervisor.click("nav-observers");
			supervisor.type("invitation-observer", "observer-" + CITY);
			supervisor.type("invitation-target-id", invitedTask);
			supervisor.date("invitation-from", federation.today().toString());
			supervisor.date("invitation-until", federation.today().plusDays(30).toString());
			supervisor.click("invitation-submit");
			List<WebElement> rows = supervisor.awaitAll("invitation-row",
					(found) -> found.stream().anyMatch((row) -> row.getText().contains(TITLE)),
					"the invitation listed");
			assertThat(rows.get(0).getDomAttribute("data-state")).isEqualTo("ACTIVE");
			assertThat(supervisor.error()).isNull();
			supervisor.screenshot("64-observer-invitations");
		}
	}

	@Test
	@Order(2)
	void theObserverReadsTheInvitedTaskAndNothingElse() {
		try (UiBrowser observer = federation.signedIn("observer-" + CITY)) {
			observer.click("nav-observer");
			for (String page : List.of("dashboard", "tasks", "new-task", "inbox", "alerts", "ladder", "people")) {
				assertThat(observer.find("nav-" + page)).as("no " + page + " for an invited observer").isEmpty();
			}
			List<WebElement> items = observer.awaitAll("invited-item", (found) -> !found.isEmpty(),
					"what the observer is invited to");
			assertThat(items).hasSize(1);
			assertThat(items.get(0).getDomAttribute("data-target-id")).isEqualTo(invitedTask);
			observer.screenshot("65-observer-invited-items");
			observer.click("invited-open");
			observer.awaitText("page-title", TITLE::equals, "the invited task");
			observer.element("read-only");
			assertThat(observer.find("assignment-row")).isNotEmpty();
			assertThat(observer.error()).isNull();
			observer.screenshot("66-observer-invited-task");

			observer.go("observer/tasks/" + otherTask);
			String refusal = observer.awaitText("message", (message) -> !message.isEmpty(), "the other task refused");
			assertThat(observer.error()).as("another task is not found: " + refusal).isNotNull();
			assertThat(observer.find("invited-task")).isEmpty();
		}
	}

	@Test
	@Order(3)
	void theSupervisorWithdrawsTheInvitationAndTheObserverReadsItNoMore() {
		try (UiBrowser supervisor = federation.signedIn("supervisor-" + CITY)) {
			supervisor.click("nav-observers");
			supervisor.awaitAll("invitation-row", (found) -> !found.isEmpty(), "the invitation");
			supervisor.type("invitation-withdraw-reason", "受邀代表另有安排");
			supervisor.click("invitation-withdraw");
			supervisor.awaitAll("invitation-row",
					(found) -> found.stream().anyMatch((row) -> "WITHDRAWN".equals(row.getDomAttribute("data-state"))),
					"the invitation withdrawn");
			assertThat(supervisor.error()).isNull();
		}
		try (UiBrowser observer = federation.signedIn("observer-" + CITY)) {
			observer.click("nav-observer");
			observer.element("invited-none");
			assertThat(observer.find("invited-item")).isEmpty();
		}
	}

}
