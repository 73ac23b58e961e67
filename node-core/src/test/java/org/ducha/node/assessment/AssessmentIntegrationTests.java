package org.ducha.node.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.node.record.RecordRows;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.status;

/**
 * The scores of the third quarter of 2024 at the city 441700, read on 9 October 2024,
 * from a small record written into its tables, with the default formula (the worked
 * figures are in docs/business-rules.md, "Assessment"):
 * <ul>
 * <li>fgj: reports due 10 Sep (on time) and 24 Sep (late): 60 × 1/2 = 30; completed 26
 * Sep past its original deadline of 20 Sep: 40 × 0/1 = 0; one extension: −1; a
 * commendation on 30 Aug: +2; total 31.00.</li>
 * <li>jyj: a report due 13 Sep never filled: 0; nothing completed: 40; its assignment
 * overdue since 18 Sep, 9 working days: −4.5; signed 2 working days late: −1; a public
 * criticism: −3; total 31.50.</li>
 * <li>county 441702: an unsigned co-assignment past its limit: −1; a rectification: −2;
 * total 97.00.</li>
 * </ul>
 */
class AssessmentIntegrationTests {

	private static final String Q3 = "year=2024&quarter=3";

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441702", "441704")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.bean("clock", TestClock.at("2024-10-09T10:00:00"))
			.start();
		JdbcClient jdbc = city.bean(JdbcClient.class);
		new RecordRows(jdbc, "441700").task("t1", "2024-09-20", "IN_PROGRESS")
			.task("t2", "2024-09-18", "IN_PROGRESS")
			.task("t4", "2024-12-31", "ISSUED")
			.assignment("a1", "t1", "441700:fgj", "LEAD", "COMPLETED")
			.sql("UPDATE assignment SET due_date = '2024-09-27', completion_requested_at = ?, decided_at = ? "
					+ "WHERE id = 'a1'", RecordRows.at("2024-09-25"), RecordRows.at("2024-09-26"))
			.slot("a1", 1, "2024-09-10", "2024-09-09", true)
			.slot("a1", 2, "2024-09-24", "2024-09-25", false)
			.sql("INSERT INTO extension_request (id, assignment_id, task_id, unit_code, requested_by, requested_at, "
					+ "deadline_before, requested_date, reason, status, approved_date, decided_by, decided_at, "
					+ "version) VALUES ('e1', 'a1', 't1', '441700:fgj', 'u', ?, '2024-09-20', '2024-09-30', 'r', "
					+ "'APPROVED', '2024-09-27', 'l', ?, 0)", RecordRows.at("2024-09-09"), RecordRows.at("2024-09-10"))
			.assignment("a2", "t2", "441700:jyj", "LEAD", "IN_PROGRESS")
			.sql("UPDATE assignment SET sign_by = '2024-09-03', signed_at = ? WHERE id = 'a2'",
					RecordRows.at("2024-09-05"))
			.slot("a2", 1, "2024-09-13", null, null)
			.assignment("a4", "t4", "441702", "CO", "PENDING_SIGN")
			.sql("UPDATE assignment SET sign_by = '2024-09-27' WHERE id = 'a4'")
			.step("s1", "CRITICISM", "441700:jyj", "2024-09-12")
			.step("s2", "COMMENDATION", "441700:fgj", "2024-08-30")
			.sql("INSERT INTO inspection_rectification (id, finding_id, plan_id, issuing_node, revision, unit_code, "
					+ "unit_node, unit_name, finding, requirement, working_days, deadline, issued_by, issued_at) "
					+ "VALUES ('r1', 'f1', 'p1', '441700', 0, '441702', '441702', '江城区', 'f', '整改台账', 10, "
					+ "'2024-09-20', 'u', ?)", RecordRows.at("2024-09-02"));
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void eachUnitsScoreIsTheHandComputedValueAndRanksAmongItsLevel() {
		ScoreViews.Scores scores = ScoreViews.scores(supervisor(), Q3);

		assertThat(scores.formulaVersion()).isZero();
		assertThat(scores.of("441700:fgj").total()).isEqualByComparingTo("31.00");
		assertThat(scores.of("441700:jyj").total()).isEqualByComparingTo("31.50");
		assertThat(scores.of("441702").total()).isEqualByComparingTo("97.00");
		assertThat(scores.of("441704").total()).isEqualByComparingTo("100.00");
		assertThat(List.of(scores.of("441700:jyj").rank(), scores.of("441700:fgj").rank())).containsExactly(1, 2);
		assertThat(scores.of("441700:fgj").level()).isEqualTo("departments:441700");
		assertThat(List.of(scores.of("441704").rank(), scores.of("441702").rank())).containsExactly(1, 2);
		assertThat(scores.of("441702").level()).isEqualTo("governments:COUNTY");
	}

	@Test
	void aUnitsBreakdownListsTheFactsEachFigureCountedWithTheirLinks() {
		ScoreViews.UnitScoreView fgj = ScoreViews.unit(supervisor(), "441700:fgj", Q3);

		assertThat(fgj.total()).isEqualByComparingTo("31.00");
		ScoreViews.MeasureView reports = fgj.measure("ON_TIME_REPORTS");
		assertThat(reports.points()).isEqualByComparingTo("30");
		assertThat(reports.explanation()).isEqualTo("60 × 1/2 = 30.00");
		assertThat(reports.facts()).extracting((fact) -> fact.links().reportId(), ScoreViews.FactView::good)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("r-a11", true),
					org.assertj.core.groups.Tuple.tuple("r-a12", false));
		assertThat(fgj.measure("ON_TIME_COMPLETION").facts()).extracting((fact) -> fact.links().assignmentId())
			.containsExactly("a1");
		assertThat(fgj.measure("EXTENSIONS").facts()).extracting((fact) -> fact.links().taskId()).containsExactly("t1");
		assertThat(fgj.measure("COMMENDATIONS").facts()).extracting((fact) -> fact.links().stepId())
			.containsExactly("s2");
		assertThat(fgj.measure("LADDER_STEPS").facts()).isEmpty();
		ScoreViews.UnitScoreView jyj = ScoreViews.unit(supervisor(), "441700:jyj", Q3);
		assertThat(jyj.measure("OVERDUE_DAYS").facts()).singleElement()
			.satisfies((fact) -> assertThat(fact.amount()).isEqualByComparingTo("9"));
		assertThat(jyj.measure("OVERDUE_DAYS").points()).isEqualByComparingTo("-4.5");
		assertThat(jyj.measure("LADDER_STEPS").facts()).extracting((fact) -> fact.links().stepId())
			.containsExactly("s1");
		assertThat(ScoreViews.unit(supervisor(), "441702", Q3).measure("RECTIFICATIONS").facts())
			.extracting((fact) -> fact.links().rectificationId())
			.containsExactly("r1");
	}

	@Test
	void aUnitsOwnPeopleSeeTheirUnitOnlyAndAnyOtherUnitIsNotFound() {
		RestClient handler = city.api(TestKeys.token("handler-jyj", "441700", "441700:jyj", "handler"));

		assertThat(ScoreViews.scores(handler, Q3).items()).extracting(ScoreViews.Ranked::unitCode)
			.containsExactly("441700:jyj");
		assertThat(status(handler, "/api/v1/assessment/scores/441700:jyj?" + Q3)).isEqualTo(200);
		assertThat(status(handler, "/api/v1/assessment/scores/441700:fgj?" + Q3)).isEqualTo(404);
		assertThat(status(supervisor(), "/api/v1/assessment/scores/441700:zzz?" + Q3)).isEqualTo(404);
		assertThat(status(supervisor(), "/api/v1/assessment/scores/441800?" + Q3)).isEqualTo(404);
		RestClient sysadmin = city.api(TestKeys.token("sys-441700", "441700", null, "sysadmin"));
		assertThat(status(sysadmin, "/api/v1/assessment/scores?" + Q3)).isEqualTo(403);
		assertThat(status(supervisor(), "/api/v1/assessment/scores?year=2024&quarter=5")).isEqualTo(400);
	}

	@Test
	void onlyTheProvinceSetsTheFormula() {
		RestClient sysadmin = city.api(TestKeys.token("sys-441700", "441700", null, "sysadmin"));

		var answer = call(sysadmin, HttpMethod.PUT, "/api/v1/assessment/formula",
				Map.of("reason", "试行", "rules", List.of(Map.of("measure", "ON_TIME_REPORTS", "weight", 100))));

		assertThat(answer.getStatusCode().value()).isEqualTo(403);
		assertThat(String.valueOf(answer.getBody().get("detail"))).startsWith("考核办法由省级设定");
		assertThat(status(supervisor(), "/api/v1/assessment/formula")).isEqualTo(200);
	}

	@Test
	void theWorkbookRanksTheUnitsAndListsTheFactsAndItsExportIsAudited() throws IOException {
		byte[] workbook = supervisor().get().uri("/api/v1/assessment/scores.xlsx?" + Q3).retrieve().body(byte[].class);

		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet ranking = read.getSheet("排名");
			assertThat(ranking.getRow(0).getCell(4).getStringCellValue()).isEqualTo("得分");
			List<String> units = new java.util.ArrayList<>();
			for (int i = 1; i <= ranking.getLastRowNum(); i++) {
				if (ranking.getRow(i) != null && ranking.getRow(i).getCell(3) != null) {
					units.add(ranking.getRow(i).getCell(3).getStringCellValue() + "="
							+ ranking.getRow(i).getCell(4).getNumericCellValue());
				}
			}
			assertThat(units).contains("441700:jyj=31.5", "441700:fgj=31.0", "441702=97.0");
			Sheet facts = read.getSheet("计分明细");
			assertThat(facts.getRow(0).getCell(8).getStringCellValue()).isEqualTo("任务");
			assertThat(facts.getLastRowNum()).isGreaterThan(10);
		}
		List<AuditRecord> audited = city.bean(AuditTrail.class).latest(20);
		assertThat(audited).filteredOn((record) -> record.action().equals("ASSESSMENT_EXPORTED"))
			.anySatisfy((record) -> assertThat(record.detail()).contains("2024年第3季度"));
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("sup-441700", "441700", "441700", "supervisor"));
	}

}
