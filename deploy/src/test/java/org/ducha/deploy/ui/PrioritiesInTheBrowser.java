package org.ducha.deploy.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annual priorities in the browser: the city's supervisor drafts next year's priorities
 * and submits them; the city's leader approves them; the supervisor links one of the
 * city's tasks to a priority, which then lists it with its state.
 */
abstract class PrioritiesInTheBrowser {

	private final UiFederation federation = InTheBrowserIntegrationTests.federation();

	@Test
	void aSupervisorDraftsALeaderApprovesAndATaskIsLinked() {
		String task = SpecialReportsInTheBrowser.cityTask(this.federation, "河湖长制落实");
		String priorities;
		try (UiBrowser supervisor = this.federation.signedIn("supervisor-441700")) {
			supervisor.go("priorities");
			supervisor.type("priorities-year", String.valueOf(this.federation.today().getYear() + 1));
			supervisor.type("priorities-items", "防汛备汛｜汛前隐患排查整治\n河湖长制｜河湖长巡河履职");
			supervisor.click("priorities-save");
			supervisor.awaitStatus("priorities-status", "DRAFT");
			priorities = supervisor.currentUrl().replaceAll(".*priorities/", "");
			supervisor.click("priorities-submit");
			supervisor.awaitStatus("priorities-status", "SUBMITTED");
		}
		try (UiBrowser leader = this.federation.signedIn("leader-441700")) {
			leader.go("priorities/" + priorities);
			leader.click("priorities-approve");
			leader.awaitStatus("priorities-status", "APPROVED");
			assertThat(leader.error()).isNull();
		}
		try (UiBrowser supervisor = this.federation.signedIn("supervisor-441700")) {
			supervisor.go("priorities/" + priorities);
			supervisor.type("priority-target-id", task);
			supervisor.click("priority-link");
			supervisor.awaitAll("priority-linked",
					(rows) -> rows.stream().anyMatch((r) -> r.getText().contains("河湖长制落实")), "the linked task");
			supervisor.screenshot("82-annual-priorities");
			assertThat(supervisor.error()).isNull();
		}
	}

}
