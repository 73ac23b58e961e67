package org.ducha.node.inspection;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.inspection.PlanCalls.approved;
import static org.ducha.node.inspection.PlanCalls.call;
import static org.ducha.node.inspection.PlanCalls.draft;
import static org.ducha.node.inspection.PlanCalls.plan;
import static org.ducha.node.inspection.PlanCalls.supervisor;

/**
 * Inspection plans read by an invited observer at one city node (docs/security.md, "4.5
 * Invited observers"): exactly the invited plan while the invitation stands; another
 * plan, or the invited one once withdrawn, is missing; a draft or an unannounced plan not
 * yet carried out cannot be invited to; the observer takes no step.
 */
class InvitedPlanIntegrationTests {

	private static final TestClock clock = TestClock.at("2026-06-01T10:00:00");

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441704")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局"))
			.bean("clock", clock)
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient observer() {
		return city.api(TestKeys.token("daibiao-lin", "441700", null, "observer"));
	}

	private static int invite(String planId) {
		return call(supervisor(city), HttpMethod.POST, "/api/v1/observers/invitations",
				Map.of("observer", "daibiao-lin", "kind", "INSPECTION_PLAN", "targetId", planId, "from", "2026-06-01",
						"until", "2026-06-30"))
			.getStatusCode()
			.value();
	}

	private static int read(String planId) {
		return call(observer(), HttpMethod.GET, "/api/v1/inspections/plans/{id}", null, planId).getStatusCode().value();
	}

	/**
	 * Approved; each on its own unit or period, so that no duplicate warning holds it.
	 */
	private static String approvedPlan(String title, String method, String from, String to, String unit) {
		String id = draft(city, plan(title, List.of(method), from, to, unit)).id();
		approved(city, id);
		return id;
	}

	@Test
	void anObserverReadsTheInvitedPlanOnlyUntilTheInvitationIsWithdrawn() {
		String invited = approvedPlan("阳东区安全生产专项督查", "SITE_VISITS", "2026-06-10", "2026-06-20", "441704");
		String other = approvedPlan("发改局营商环境督查", "REPORTS", "2026-06-10", "2026-06-20", "441700:fgj");
		assertThat(invite(invited)).isEqualTo(201);

		assertThat(read(invited)).isEqualTo(200);
		assertThat(read(other)).isEqualTo(404);
		assertThat(call(observer(), HttpMethod.GET, "/api/v1/inspections/plans", null).getBody()).contains(invited)
			.doesNotContain(other);
		assertThat(call(observer(), HttpMethod.POST, "/api/v1/inspections/plans/{id}/carry-out", Map.of(), invited)
			.getStatusCode()
			.value()).as("an observer takes no step").isEqualTo(403);

		String invitation = city.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("SELECT id FROM observer_invitation WHERE target_id = ?")
			.param(invited)
			.query(String.class)
			.single();
		assertThat(call(supervisor(city), HttpMethod.POST, "/api/v1/observers/invitations/{id}/withdraw",
				Map.of("reason", "调整"), invitation)
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(read(invited)).isEqualTo(404);
	}

	@Test
	void aDraftOrAnUnannouncedPlanNotCarriedOutCannotBeInvitedTo() {
		String drafted = draft(city, plan("阳东区教育督查", List.of("REPORTS"), "2026-08-10", "2026-08-20", "441704")).id();
		String unannounced = approvedPlan("阳东区暗访", "UNANNOUNCED_VISITS", "2026-07-01", "2026-07-05", "441704");
		assertThat(invite(drafted)).isEqualTo(404);
		assertThat(invite(unannounced)).isEqualTo(404);
		assertThat(invite("not-a-plan")).isEqualTo(404);
		assertThat(read(unannounced)).isEqualTo(404);
	}

}
