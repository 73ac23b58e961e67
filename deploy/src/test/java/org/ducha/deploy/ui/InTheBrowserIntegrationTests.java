package org.ducha.deploy.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ducha.deploy.keycloak.DuchaKeycloak;
import org.ducha.deploy.keycloak.KeycloakExtension;

/**
 * The web UI in headless Chromium, on one {@link UiFederation} started before the first
 * browser test and stopped after the last, so that its nodes and gateway do not run on
 * beside the tests that come later in the same JVM: the supervision story, every role's
 * pages, the daily work between city and county, a task's records (goal, meeting,
 * instruction, responsible persons) and a suspension awaiting a leader's approval, then
 * lead and co-units, returned reports and assignments left unsigned, the accountability
 * ladder, inspection plans, invited observers, official documents to download, and a
 * sign-in through a level's own provider.
 */
@ExtendWith(KeycloakExtension.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class InTheBrowserIntegrationTests {

	private static UiFederation federation;

	@BeforeAll
	static void start(DuchaKeycloak keycloak) {
		Chromium.assumeInstalled();
		federation = UiFederation.start(keycloak);
	}

	@AfterAll
	static void stop() {
		if (federation != null) {
			federation.close();
		}
	}

	static UiFederation federation() {
		return federation;
	}

	@Nested
	@Order(1)
	class Supervision extends SupervisionInTheBrowser {

	}

	@Nested
	@Order(2)
	class EveryRole extends EveryRoleInTheBrowser {

	}

	@Nested
	@Order(3)
	class HandlersWork extends HandlersWorkInTheBrowser {

	}

	@Nested
	@Order(4)
	class TaskRecords extends TaskRecordsInTheBrowser {

	}

	@Nested
	@Order(5)
	class LeadAndCoUnits extends LeadAndCoUnitsInTheBrowser {

	}

	@Nested
	@Order(6)
	class Ladder extends LadderInTheBrowser {

	}

	@Nested
	@Order(7)
	class InspectionPlans extends InspectionPlansInTheBrowser {

	}

	@Nested
	@Order(8)
	class InspectionConclusions extends InspectionConclusionsInTheBrowser {

	}

	@Nested
	@Order(9)
	class Observers extends ObserversInTheBrowser {

	}

	@Nested
	@Order(10)
	class InspectionFindings extends InspectionFindingsInTheBrowser {

	}

	@Nested
	@Order(11)
	class Bulletins extends BulletinsInTheBrowser {

	}

	@Nested
	@Order(12)
	class Documents extends DocumentsInTheBrowser {

	}

	@Nested
	@Order(13)
	class Assessment extends AssessmentInTheBrowser {

	}

	@Nested
	@Order(14)
	class SpecialReports extends SpecialReportsInTheBrowser {

	}

	@Nested
	@Order(15)
	class Priorities extends PrioritiesInTheBrowser {

	}

	@Nested
	@Order(16)
	class BrokeredSignIn extends BrokeredSignInInTheBrowser {

	}

}
