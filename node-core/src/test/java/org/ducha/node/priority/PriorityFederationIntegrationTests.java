package org.ducha.node.priority;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.inspection.BasisKind;
import org.ducha.node.inspection.InspectionMethod;
import org.ducha.node.inspection.PlanBasis;
import org.ducha.node.inspection.PlanDraft;
import org.ducha.node.inspection.PlanKind;
import org.ducha.node.inspection.Planning;
import org.ducha.node.priority.PriorityCalls.LinkView;
import org.ducha.node.priority.PriorityCalls.PrioritiesView;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.priority.PriorityCalls.leader;
import static org.ducha.node.priority.PriorityCalls.list;
import static org.ducha.node.priority.PriorityCalls.ok;
import static org.ducha.node.priority.PriorityCalls.status;
import static org.ducha.node.priority.PriorityCalls.supervisor;

/**
 * Annual priorities across the levels: the province drafts, submits and approves its 2026
 * priorities; they reach the city and both counties; 阳东区 links its own task and its own
 * inspection plan to a province priority and sees their states, while the link stays at
 * 阳东区. A county cannot approve or alter the province's priorities, and its own travel
 * nowhere up. Steps out of order are 409, items out of scope 404.
 */
class PriorityFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String BASE = "/api/v1/priorities";

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.start(Map.of("ducha.scheduling", "false"));
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void theProvincesApprovedPrioritiesReachTheCountiesWhichLinkTheirOwnTasksAndPlans() {
		TestNode province = federation.province;
		TestNode yangdong = federation.yangdong;
		Map<String, Object> draft = Map.of("year", 2026, "items", List
			.of(Map.of("title", "防汛备汛", "description", "汛前隐患排查整治"), Map.of("title", "民生实事", "description", "")));
		PrioritiesView drafted = ok(supervisor(province), HttpMethod.POST, BASE, draft);
		String one = BASE + "/" + drafted.id();
		assertThat(status(supervisor(province), HttpMethod.POST, BASE, draft)).as("one set a year").isEqualTo(409);
		assertThat(status(leader(province), HttpMethod.POST, one + "/approve", null)).as("approved before submitted")
			.isEqualTo(409);
		assertThat(status(supervisor(province), HttpMethod.POST,
				BASE + "/items/" + drafted.items().get(0).id() + "/links", Map.of("kind", "TASK", "targetId", "x")))
			.as("a draft is not linked to")
			.isEqualTo(409);
		ok(supervisor(province), HttpMethod.POST, one + "/submit", null);
		assertThat(status(supervisor(province), HttpMethod.POST, one + "/approve", null)).as("a leader approves")
			.isEqualTo(403);
		assertThat(ok(leader(province), HttpMethod.POST, one + "/approve", null).status()).isEqualTo("APPROVED");

		for (TestNode below : List.of(federation.city, yangdong, federation.jiangcheng)) {
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(list(supervisor(below), 2026)).as(below.code())
					.anySatisfy((p) -> assertThat(p.id()).isEqualTo(drafted.id())));
		}
		PrioritiesView copy = ok(supervisor(yangdong), HttpMethod.GET, one, null);
		assertThat(copy.own()).isFalse();
		assertThat(copy.items()).extracting(PriorityCalls.ItemView::title).containsExactly("防汛备汛", "民生实事");
		assertThat(status(leader(yangdong), HttpMethod.POST, one + "/send-back", Map.of("reason", "县里不同意")))
			.as("a county never alters the province's priorities")
			.isEqualTo(403);

		String item = BASE + "/items/" + copy.items().get(0).id() + "/links";
		String task = (String) IssuedTasks
			.issue(yangdong,
					Map.of("title", "阳东区汛前隐患排查", "source", "ANNUAL_KEY_WORK", "type", "SPECIAL", "deadline",
							"2030-06-30", "assignees", List.of(Map.of("unitCode", "441704:jyj", "role", "LEAD"))))
			.get("id");
		String plan = plan(yangdong);
		assertThat(status(supervisor(yangdong), HttpMethod.POST, item, Map.of("kind", "TASK", "targetId", "nope")))
			.as("a task out of scope")
			.isEqualTo(404);
		assertThat(status(leader(yangdong), HttpMethod.POST, item, Map.of("kind", "TASK", "targetId", task)))
			.as("a supervisor links")
			.isEqualTo(403);
		ok(supervisor(yangdong), HttpMethod.POST, item, Map.of("kind", "TASK", "targetId", task));
		PrioritiesView linked = ok(supervisor(yangdong), HttpMethod.POST, item,
				Map.of("kind", "PLAN", "targetId", plan));
		assertThat(linked.items().get(0).links()).extracting(LinkView::kind, LinkView::id, LinkView::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TASK", task, "阳东区汛前隐患排查"),
					org.assertj.core.groups.Tuple.tuple("PLAN", plan, "阳东区防汛专项督查"));
		assertThat(linked.items().get(0).links()).extracting(LinkView::state).containsExactly("ISSUED", "APPROVED");
		assertThat(status(supervisor(province), HttpMethod.GET, one, null)).isEqualTo(200);
		assertThat(ok(supervisor(province), HttpMethod.GET, one, null).items().get(0).links())
			.as("the link belongs to the county")
			.isEmpty();

		PrioritiesView unlinked = ok(supervisor(yangdong), HttpMethod.DELETE, item + "/PLAN/" + plan, null);
		assertThat(unlinked.items().get(0).links()).extracting(LinkView::kind).containsExactly("TASK");
		assertThat(yangdong.bean(AuditTrail.class).latest(200)).extracting(AuditRecord::action)
			.contains("PRIORITIES_RECEIVED", "PRIORITY_LINKED", "PRIORITY_UNLINKED");
		assertThat(province.bean(AuditTrail.class).latest(200)).extracting(AuditRecord::action)
			.contains("PRIORITIES_DRAFTED", "PRIORITIES_SUBMITTED", "PRIORITIES_APPROVED");
	}

	@Test
	void aCountysOwnPrioritiesTravelNowhereUp() {
		TestNode jiangcheng = federation.jiangcheng;
		PrioritiesView drafted = ok(supervisor(jiangcheng), HttpMethod.POST, BASE,
				Map.of("year", 2027, "items", List.of(Map.of("title", "城区治水"))));
		ok(supervisor(jiangcheng), HttpMethod.POST, BASE + "/" + drafted.id() + "/submit", null);
		ok(leader(jiangcheng), HttpMethod.POST, BASE + "/" + drafted.id() + "/approve", null);
		federation.awaitQuiet();
		assertThat(list(supervisor(federation.city), 2027)).isEmpty();
		assertThat(status(supervisor(federation.city), HttpMethod.GET, BASE + "/" + drafted.id(), null)).isEqualTo(404);
	}

	/** An approved inspection plan of a county about one of its departments; its id. */
	private static String plan(TestNode county) {
		Actor sup = new Actor("sup-" + county.code(), "督查员", county.code(), county.code(), Set.of(Role.SUPERVISOR));
		Planning planning = county.bean(Planning.class);
		var id = planning
			.draft(new PlanDraft("阳东区防汛专项督查", PlanKind.SPECIAL, Set.of(InspectionMethod.SITE_VISITS),
					LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"), List.of(county.code() + ":jyj"),
					List.of("督查员甲"), new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "防汛备汛"), "年度重点"), sup)
			.plan()
			.id();
		planning.submit(id, "年度重点", sup);
		planning.approve(id, IssuedTasks.leaderOf(county.code()));
		return id.toString();
	}

}
