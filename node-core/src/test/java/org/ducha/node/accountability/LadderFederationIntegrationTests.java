package org.ducha.node.accountability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.accountability.LadderCalls.PersonView;
import org.ducha.node.accountability.LadderCalls.ProposalView;
import org.ducha.node.accountability.LadderCalls.RecordView;
import org.ducha.node.accountability.LadderCalls.StepView;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.SupervisorCalls;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.accountability.LadderCalls.call;
import static org.ducha.node.accountability.LadderCalls.get;
import static org.ducha.node.accountability.LadderCalls.leader;
import static org.ducha.node.accountability.LadderCalls.post;
import static org.ducha.node.accountability.LadderCalls.proposals;
import static org.ducha.node.accountability.LadderCalls.step;
import static org.ducha.node.accountability.LadderCalls.supervisor;
import static org.ducha.node.accountability.LadderCalls.unitRecord;

/**
 * The ladder across the three levels (issue 17's story): 阳东区 names its principal leader
 * and deputy in charge, and the city and the province learn them; a city task and a
 * province task to 阳东区 stay red, so each proposes a supervision notice, which people
 * confirm and approve and the county receives; the county's rectification is sent back,
 * the deadlines pass, and the city interviews the deputy; the province's own interview of
 * the same deputy within the year makes the province — which counts the city's — propose
 * public criticism, the city never; the county's record is the same at the county, the
 * city and the province; the sibling county 阳西县 sees none of it.
 */
class LadderFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	private static final String YANGDONG = "441704";

	private static final String YANGXI = "441721";

	private static final TestClock clock = TestClock.at("2026-03-02T09:00:00");

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of("ducha.scheduling", "false"),
				(code, builder) -> builder.bean("clock", clock), YANGDONG, YANGXI);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	void aCountyThatStaysRedClimbsTheLadderAndEveryLevelCountsTheSameRecord() throws IOException {
		TestNode province = federation.province;
		TestNode city = federation.city;
		TestNode yangdong = federation.county(YANGDONG);
		TestNode yangxi = federation.county(YANGXI);

		PersonView zhang = person(yangdong, YANGDONG, "张三", "区长");
		PersonView li = person(yangdong, YANGDONG, "李四", "副区长");
		name(yangdong, YANGDONG, "PRINCIPAL", zhang.id());
		name(yangdong, YANGDONG, "DEPUTY", li.id());
		PersonView bureau = person(yangdong, YANGDONG + ":jyj", "王五", "局长");
		assertThat(post(supervisor(yangdong), "/api/v1/units/{code}/charges",
				Map.of("role", "DEPUTY", "personId", bureau.id(), "from", "2026-01-01"), YANGDONG))
			.as("a person of another unit named in charge")
			.isEqualTo(400);
		assertThat(post(supervisor(city), "/api/v1/units/{code}/people", Map.of("name", "冒名"), YANGDONG))
			.as("the county's people are named at the county only")
			.isEqualTo(403);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat((List<?>) supervisor(province).get()
				.uri("/api/v1/units/{code}/people", YANGDONG)
				.retrieve()
				.body(Map.class)
				.get("terms")).as("replicated up to every ancestor").hasSize(2));

		String cityAssignment = issueToYangdong(city, "城区黑臭水体整治");
		String provinceAssignment = issueToYangdong(province, "省级农村公路提升");

		clock.set("2026-04-08T10:00:00");
		assertThat(city.bean(Proposing.class).proposeDue()).isEqualTo(1);
		assertThat(city.bean(Proposing.class).proposeDue()).as("never the same proposal twice").isZero();
		ProposalView cityNotice = only(proposals(city, "PROPOSED"));
		assertThat(cityNotice.kind()).isEqualTo("NOTICE");
		assertThat(cityNotice.personName()).as("the principal leader").isEqualTo("张三");
		assertThat(cityNotice.basis()).extracting(LadderCalls.BasisView::refId).containsExactly(cityAssignment);

		assertThat(post(supervisor(city), "/api/v1/ladder/proposals/{id}/confirm",
				Map.of("reason", "情况属实", "rectificationDeadline", "2026-04-07"), cityNotice.id()))
			.as("a rectification deadline in the past")
			.isEqualTo(400);
		assertThat(post(leader(city), "/api/v1/ladder/proposals/{id}/approve", Map.of(), cityNotice.id()))
			.as("a leader approves only what a supervisor confirmed")
			.isEqualTo(409);
		assertThat(post(supervisor(city), "/api/v1/ladder/proposals/{id}/confirm", Map.of("reason", "情况属实"),
				cityNotice.id()))
			.isEqualTo(200);
		assertThat(post(supervisor(city), "/api/v1/ladder/proposals/{id}/confirm", Map.of("reason", "再次确认"),
				cityNotice.id()))
			.as("deciding a proposal twice")
			.isEqualTo(409);
		StepView notice = approve(city, cityNotice.id());
		assertThat(notice.personName()).isEqualTo("张三");
		StepView provinceNotice = confirmAndApprove(province, only(proposalsAfterJob(province, "PROPOSED")).id());
		assertThat(provinceNotice.basis()).extracting(LadderCalls.BasisView::refId).contains(provinceAssignment);

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(get(supervisor(yangdong), "/api/v1/ladder/steps/{id}", notice.id())).isEqualTo(200);
			assertThat(ladderInbox(yangdong)).as("in the county's inbox").hasSize(2);
		});
		assertThat(post(supervisor(yangdong), "/api/v1/ladder/steps/{id}/rectifications",
				Map.of("content", "已完成3处排污口截污"), notice.id()))
			.isEqualTo(201);
		assertThat(post(supervisor(yangdong), "/api/v1/ladder/steps/{id}/rectifications", Map.of("content", "补充材料"),
				notice.id()))
			.as("the latest report waits for the city's decision")
			.isEqualTo(409);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(step(city, notice.id()).rectification()).isEqualTo("REPORTED"));
		assertThat(post(supervisor(city), "/api/v1/ladder/steps/{id}/rectification/return",
				Map.of("reason", "水质监测仍未达标"), notice.id()))
			.isEqualTo(200);
		assertThat(post(supervisor(city), "/api/v1/ladder/steps/{id}/rectification/return", Map.of("reason", "再次退回"),
				notice.id()))
			.isEqualTo(409);

		LocalDate cityDeadline = LocalDate.parse(notice.rectificationDeadline());
		assertThat(provinceNotice.rectificationDeadline()).isEqualTo(notice.rectificationDeadline());
		clock.set(cityDeadline.plusDays(2) + "T10:00:00");
		ProposalView interview = only(proposalsAfterJob(city, "PROPOSED"));
		assertThat(interview.kind()).isEqualTo("INTERVIEW");
		assertThat(interview.personName()).as("the deputy in charge").isEqualTo("李四");
		assertThat(interview.basis()).extracting(LadderCalls.BasisView::refId).contains(notice.id(), cityAssignment);
		StepView cityInterview = confirmAndApprove(city, interview.id());
		assertThat(cityInterview.personId()).isEqualTo(li.id());
		assertThat(proposalsAfterJob(city, "PROPOSED")).as("one interview is no criticism").isEmpty();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(get(supervisor(province), "/api/v1/ladder/steps/{id}", cityInterview.id()))
				.as("the city's interview counted at the province")
				.isEqualTo(200));

		clock.set(cityDeadline.plusDays(3) + "T10:00:00");
		StepView provinceInterview = confirmAndApprove(province, only(proposalsAfterJob(province, "PROPOSED")).id());
		assertThat(provinceInterview.kind()).isEqualTo("INTERVIEW");
		assertThat(provinceInterview.personId()).isEqualTo(li.id());
		ProposalView criticism = only(proposals(province, "PROPOSED"));
		assertThat(criticism.kind()).isEqualTo("CRITICISM");
		assertThat(criticism.personId()).isEqualTo(li.id());
		assertThat(criticism.basis()).extracting(LadderCalls.BasisView::refId)
			.containsExactly(cityInterview.id(), provinceInterview.id());
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(get(supervisor(city), "/api/v1/ladder/steps/{id}", provinceInterview.id()))
				.isEqualTo(200));
		assertThat(proposalsAfterJob(city, "PROPOSED")).as("the city knows both interviews but recorded the first")
			.isEmpty();

		StepView criticised = confirmAndApprove(province, criticism.id());
		assertThat(post(
				supervisor(province), "/api/v1/ladder/steps/{id}/explanation", Map.of("meetingDate",
						cityDeadline.plusDays(3).toString(), "explanation", "对工作滞后作出说明", "commitment", "一个月内完成整改"),
				criticised.id()))
			.isEqualTo(200);

		await().atMost(PATIENCE).untilAsserted(() -> {
			RecordView atCounty = unitRecord(yangdong, YANGDONG);
			assertThat(atCounty.steps()).hasSize(5);
			assertThat(atCounty.counts()).containsEntry("NOTICE", 2L)
				.containsEntry("INTERVIEW", 2L)
				.containsEntry("CRITICISM", 1L);
			assertThat(unitRecord(city, YANGDONG).steps()).isEqualTo(atCounty.steps());
			assertThat(unitRecord(province, YANGDONG).steps()).isEqualTo(atCounty.steps());
			RecordView deputy = LadderCalls.personRecord(yangdong, li.id());
			assertThat(deputy.counts()).containsEntry("INTERVIEW", 2L).containsEntry("CRITICISM", 1L);
			assertThat(LadderCalls.personRecord(province, li.id()).steps()).isEqualTo(deputy.steps());
		});
		assertThat(step(yangdong, notice.id()).rectification()).isEqualTo("RETURNED");
		assertThat(step(yangdong, criticised.id()).revision()).as("the explanation restated it").isEqualTo(2);

		ResponseEntity<byte[]> workbook = supervisor(province).get()
			.uri("/api/v1/units/{code}/record.xlsx", YANGDONG)
			.retrieve()
			.toEntity(byte[].class);
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
			assertThat(read.getSheetAt(0).getLastRowNum()).as("a row per step under the header").isEqualTo(5);
		}

		siblingSeesNothing(yangxi, criticised.id());
	}

	private static void siblingSeesNothing(TestNode yangxi, String stepId) {
		ResponseEntity<String> hidden = call(supervisor(yangxi), HttpMethod.GET, "/api/v1/units/{code}/record", null,
				YANGDONG);
		ResponseEntity<String> missing = call(supervisor(yangxi), HttpMethod.GET, "/api/v1/units/{code}/record", null,
				"441799");
		assertThat(hidden.getStatusCode().value()).isEqualTo(404);
		assertThat(hidden.getBody().replace(YANGDONG, "?")).isEqualTo(missing.getBody().replace("441799", "?"));
		assertThat(get(supervisor(yangxi), "/api/v1/ladder/steps/{id}", stepId)).isEqualTo(404);
		JdbcClient jdbc = yangxi.bean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ladder_step").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isZero();
		assertThat(ladderInbox(yangxi)).isEmpty();
	}

	private static PersonView person(TestNode node, String unit, String name, String title) {
		return supervisor(node).post()
			.uri("/api/v1/units/{code}/people", unit)
			.body(Map.of("name", name, "title", title))
			.retrieve()
			.body(PersonView.class);
	}

	private static void name(TestNode node, String unit, String role, String personId) {
		assertThat(post(supervisor(node), "/api/v1/units/{code}/charges",
				Map.of("role", role, "personId", personId, "from", "2026-01-01"), unit))
			.isEqualTo(201);
	}

	private static String issueToYangdong(TestNode issuer, String title) {
		Map<String, Object> task = IssuedTasks.issue(issuer,
				Map.of("title", title, "source", "MAJOR_DECISION", "type", "SPECIAL", "deadline", "2026-03-20",
						"assignees", List.of(Map.of("unitCode", YANGDONG, "role", "LEAD"))));
		return SupervisorCalls.assignmentOf(task, YANGDONG);
	}

	private static List<ProposalView> proposalsAfterJob(TestNode node, String statuses) {
		node.bean(Proposing.class).proposeDue();
		return proposals(node, statuses);
	}

	private static StepView confirmAndApprove(TestNode node, String proposalId) {
		assertThat(post(supervisor(node), "/api/v1/ladder/proposals/{id}/confirm", Map.of("reason", "经核实，情况属实"),
				proposalId))
			.isEqualTo(200);
		return approve(node, proposalId);
	}

	private static StepView approve(TestNode node, String proposalId) {
		return leader(node).post()
			.uri("/api/v1/ladder/proposals/{id}/approve", proposalId)
			.body(Map.of())
			.retrieve()
			.body(StepView.class);
	}

	private static ProposalView only(List<ProposalView> proposals) {
		assertThat(proposals).hasSize(1);
		return proposals.get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> ladderInbox(TestNode node) {
		Map<String, Object> page = supervisor(node).get().uri("/api/v1/inbox?size=200").retrieve().body(Map.class);
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.filter((item) -> "LADDER".equals(item.get("source")))
			.toList();
	}

}
