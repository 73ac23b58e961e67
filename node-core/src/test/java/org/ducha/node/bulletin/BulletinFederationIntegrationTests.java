package org.ducha.node.bulletin;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.record.RecordRows;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;
import org.ducha.node.unit.Units;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.testing.ApiCalls.call;
import static org.ducha.node.testing.ApiCalls.ok;

/**
 * A monthly bulletin of the city 阳江市 for September 2024, generated from a known record,
 * edited, approved and published, across the federation:
 * <table>
 * <tr>
 * <th>unit</th>
 * <th>reports</th>
 * <th>overdue</th>
 * <th>rank</th>
 * <th>verdict</th>
 * </tr>
 * <tr>
 * <td>阳江市发展和改革局</td>
 * <td>2 of 2 on time</td>
 * <td>0 (completed 25 Sep)</td>
 * <td>1</td>
 * <td>commended</td>
 * </tr>
 * <tr>
 * <td>阳江市教育局</td>
 * <td>0 of 1 on time (late)</td>
 * <td>0</td>
 * <td>2</td>
 * <td>ranked</td>
 * </tr>
 * <tr>
 * <td>江城区</td>
 * <td>0 of 1 (missing)</td>
 * <td>1 (deadline 18 Sep, 9 working days)</td>
 * <td>3</td>
 * <td>criticised</td>
 * </tr>
 * </table>
 * 阳东区's only report falls due in October: it is not named. The bulletin reaches the
 * inboxes of the two departments at the city and of 江城区 at its county, with the same PDF
 * bytes; 阳东区 and the province never hold it. Once published it is never edited: a
 * correction is a new bulletin, and the old one shows it at every node.
 */
class BulletinFederationIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final TestClock clock = TestClock.at("2024-10-09T10:00:00");

	private static Federation federation;

	@BeforeAll
	static void start() {
		federation = Federation.start(Map.of("ducha.scheduling", "false"),
				(code, builder) -> builder.bean("clock", clock));
		TestNode city = federation.city;
		city.bean(Units.class).saveDepartment("jyj", "阳江市教育局");
		new RecordRows(city.bean(JdbcClient.class), "441700").task("t1", "2024-09-27", "IN_PROGRESS")
			.assignment("a1", "t1", "441700:fgj", "LEAD", "COMPLETED")
			.completed("a1", "2024-09-25", "2024-09-26")
			.slot("a1", 1, "2024-09-10", "2024-09-09", true)
			.slot("a1", 2, "2024-09-24", "2024-09-24", true)
			.task("t2", "2024-09-18", "IN_PROGRESS")
			.assignment("a2", "t2", "441702", "LEAD", "IN_PROGRESS")
			.slot("a2", 1, "2024-09-13", null, null)
			.task("t3", "2024-12-20", "IN_PROGRESS")
			.assignment("a3", "t3", "441700:jyj", "LEAD", "IN_PROGRESS")
			.slot("a3", 1, "2024-09-20", "2024-09-23", false)
			.task("t4", "2024-12-20", "IN_PROGRESS")
			.assignment("a4", "t4", "441704", "LEAD", "IN_PROGRESS")
			.slot("a4", 1, "2024-10-15", null, null);
	}

	@AfterAll
	static void stop() {
		federation.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPublishedBulletinReachesEveryUnitItNamesAndNeverChanges() throws IOException {
		TestNode city = federation.city;
		TestNode jiangcheng = federation.jiangcheng;
		Map<String, Object> draft = ok(call(supervisor(city), HttpMethod.POST, "/api/v1/bulletins",
				Map.of("kind", "MONTHLY", "from", "2024-09-01", "to", "2024-09-30")));
		String id = (String) draft.get("id");
		assertThat(draft.get("title")).isEqualTo("关于2024年9月份督查督办工作情况的通报");
		List<Map<String, Object>> ranking = (List<Map<String, Object>>) draft.get("ranking");
		assertThat(ranking)
			.extracting((line) -> line.get("rank"), (line) -> line.get("unitCode"), (line) -> line.get("onTimeRate"),
					(line) -> line.get("overdue"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "441700:fgj", 100.0, 0),
					org.assertj.core.groups.Tuple.tuple(2, "441700:jyj", 0.0, 0),
					org.assertj.core.groups.Tuple.tuple(3, "441702", 0.0, 1));
		assertThat(((List<Map<String, Object>>) draft.get("overdue"))).singleElement()
			.satisfies((line) -> assertThat(line).containsEntry("unitCode", "441702")
				.containsEntry("workingDaysOverdue", 9));
		assertThat((List<Map<String, Object>>) draft.get("mentions")).extracting((m) -> m.get("verdict"))
			.containsExactly("COMMENDED", "RANKED", "CRITICIZED");

		ok(call(supervisor(city), HttpMethod.PUT, "/api/v1/bulletins/" + id,
				Map.of("preface", "现将9月份督查督办工作情况通报如下。", "closing", "请各单位对照问题抓紧整改。")));
		ok(call(supervisor(city), HttpMethod.POST, "/api/v1/bulletins/" + id + "/submit", null));
		assertThat(call(supervisor(city), HttpMethod.POST, "/api/v1/bulletins/" + id + "/approve", null).getStatusCode()
			.value()).as("a supervisor does not approve").isEqualTo(403);
		ok(call(leader(city), HttpMethod.POST, "/api/v1/bulletins/" + id + "/approve", null));
		Map<String, Object> published = ok(
				call(leader(city), HttpMethod.POST, "/api/v1/bulletins/" + id + "/publish", null));
		assertThat(published).containsEntry("status", "PUBLISHED").containsEntry("number", "阳督通〔2024〕1号");

		ResponseEntity<Map<String, Object>> edit = call(supervisor(city), HttpMethod.PUT, "/api/v1/bulletins/" + id,
				Map.of("preface", "改"));
		assertThat(edit.getStatusCode().value()).as("a published bulletin is never edited").isEqualTo(409);
		assertThat(String.valueOf(edit.getBody().get("detail"))).contains("已发布");
		assertThat(call(supervisor(city), HttpMethod.POST, "/api/v1/bulletins/" + id + "/submit", null).getStatusCode()
			.value()).isEqualTo(409);

		assertThat(inbox(city)).containsExactlyInAnyOrder("441700:fgj", "441700:jyj");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(inbox(jiangcheng)).containsExactly("441702"));
		byte[] pdf = file(supervisor(city), id, "pdf");
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(file(supervisor(jiangcheng), id, "pdf")).as("the same bytes").isEqualTo(pdf));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("阳督通", "江城区");
		}
		assertThat(ok(call(handlerOf(city, "441700:fgj"), HttpMethod.GET, "/api/v1/bulletins/" + id, null)))
			.containsEntry("number", "阳督通〔2024〕1号");

		String correction = (String) ok(
				call(supervisor(city), HttpMethod.POST, "/api/v1/bulletins/" + id + "/corrections", null))
			.get("id");
		ok(call(supervisor(city), HttpMethod.POST, "/api/v1/bulletins/" + correction + "/submit", null));
		ok(call(leader(city), HttpMethod.POST, "/api/v1/bulletins/" + correction + "/approve", null));
		assertThat(ok(call(leader(city), HttpMethod.POST, "/api/v1/bulletins/" + correction + "/publish", null)))
			.containsEntry("number", "阳督通〔2024〕2号")
			.containsEntry("corrects", id);
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(ok(call(supervisor(jiangcheng), HttpMethod.GET, "/api/v1/bulletins/" + id, null)))
						.containsEntry("correctedBy", correction));

		federation.awaitQuiet();
		assertThat(held(federation.yangdong)).as("阳东区 is not named").isZero();
		assertThat(
				call(supervisor(federation.yangdong), HttpMethod.GET, "/api/v1/bulletins/" + id, null).getStatusCode()
					.value())
			.isEqualTo(404);
		assertThat(held(federation.province)).as("a bulletin only travels down").isZero();
	}

	private static List<String> inbox(TestNode node) {
		return node.bean(JdbcClient.class)
			.sql("SELECT unit_code FROM inbox_item WHERE source_type = 'BULLETIN' AND body NOT LIKE '%更正通报%' "
					+ "ORDER BY unit_code")
			.query(String.class)
			.list();
	}

	private static long held(TestNode node) {
		return node.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM bulletin").query(Long.class).single();
	}

	private static byte[] file(RestClient client, String id, String format) {
		return client.get().uri("/api/v1/bulletins/{id}/{format}", id, format).retrieve().body(byte[].class);
	}

	static RestClient supervisor(TestNode node) {
		return node.api(TestKeys.token("supervisor-" + node.code(), node.code(), null, "supervisor"));
	}

	static RestClient leader(TestNode node) {
		return node.api(TestKeys.token("leader-" + node.code(), node.code(), null, "leader"));
	}

	static RestClient handlerOf(TestNode node, String unitCode) {
		return node.api(TestKeys.token("handler-" + unitCode, node.code(), unitCode, "handler"));
	}

}
