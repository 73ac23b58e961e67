package org.ducha.node.calendar;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public calendar API contract, checked for every date 2007-01-01 … 2026-12-31
 * against an independent reading of the notices, and the province's administration.
 */
class CalendarApiIntegrationTests {

	private static TestNode province;

	private static TestNode county;

	@BeforeAll
	static void start() {
		province = TestNode.node("440000", NodeLevel.PROVINCE)
			.withoutTransport()
			.property("ducha.api.public-rate.burst", "100000")
			.property("ducha.api.public-rate.per-second", "100000")
			.start();
		county = TestNode.node("441704", NodeLevel.COUNTY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		county.close();
		province.close();
	}

	/** The notices' listed days, read straight from the JSON files. */
	private static Map<LocalDate, JsonNode> listed() throws Exception {
		Map<LocalDate, JsonNode> listed = new HashMap<>();
		JsonMapper json = JsonMapper.builder().build();
		for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:holiday-cn/*.json")) {
			try (InputStream in = file.getInputStream()) {
				for (JsonNode day : json.readTree(in).get("days")) {
					listed.put(LocalDate.parse(day.get("date").asString()), day);
				}
			}
		}
		return listed;
	}

	@Test
	void answersEveryDayFrom2007To2026AsTheNoticesSay() throws Exception {
		Map<LocalDate, JsonNode> listed = listed();
		RestClient api = province.anonymous();
		for (LocalDate date = LocalDate.of(2007, 1, 1); !date.isAfter(LocalDate.of(2026, 12, 31)); date = date
			.plusDays(1)) {
			JsonNode listing = listed.get(date);
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			Map<String, Object> expected = new HashMap<>();
			expected.put("date", date.toString());
			expected.put("workingDay", (listing != null) ? !listing.get("isOffDay").asBoolean() : !weekend);
			expected.put("name", (listing != null) ? listing.get("name").asString() : null);
			Map<String, Object> answer = api.get().uri("/api/v1/calendar/days/{date}", date).retrieve().body(Map.class);
			assertThat(answer).as(date.toString()).isEqualTo(expected);
		}
	}

	@Test
	void answersTheContractsExamplesExactly() {
		RestClient api = county.anonymous();
		assertThat(api.get().uri("/api/v1/calendar/days/2024-10-12").retrieve().body(String.class))
			.isEqualTo("{\"date\":\"2024-10-12\",\"workingDay\":true,\"name\":\"国庆节\"}");
		assertThat(
				api.get().uri("/api/v1/calendar/add-working-days?from=2024-09-30&days=5").retrieve().body(String.class))
			.isEqualTo("{\"date\":\"2024-10-12\"}");
		assertThat(
				api.get().uri("/api/v1/calendar/nth-working-day?year=2020&month=5&n=3").retrieve().body(String.class))
			.isEqualTo("{\"date\":\"2020-05-08\"}");
		assertThat(api.get().uri("/api/v1/calendar/days/2024-03-13").retrieve().body(String.class))
			.isEqualTo("{\"date\":\"2024-03-13\",\"workingDay\":true,\"name\":null}");
	}

	@Test
	void saysSoWhenNoNoticeCoversTheDate() {
		RestClient api = county.anonymous();
		assertThat(api.get().uri("/api/v1/calendar/days/2031-10-01").retrieve().body(Map.class))
			.containsEntry("workingDay", true)
			.containsEntry("source", "weekdays-only");
		assertThat(api.get().uri("/api/v1/calendar/add-working-days?from=2026-12-30&days=5").retrieve().body(Map.class))
			.containsEntry("source", "weekdays-only");
	}

	@Test
	void givesAYearsNoticeWithEveryDayItListsAnd404WhereNoneCoversTheYear() throws Exception {
		Map<LocalDate, JsonNode> listed = listed();
		JsonNode notice = JsonMapper.builder()
			.build()
			.readTree(county.anonymous().get().uri("/api/v1/calendar/notices/2024").retrieve().body(String.class));
		assertThat(notice.path("year").asInt()).isEqualTo(2024);
		Map<LocalDate, Boolean> offDays = new HashMap<>();
		notice.path("days")
			.forEach(
					(day) -> offDays.put(LocalDate.parse(day.path("date").asString()), day.path("offDay").asBoolean()));
		Map<LocalDate, Boolean> expected = new HashMap<>();
		listed.forEach((date, day) -> {
			if (date.getYear() == 2024) {
				expected.put(date, day.get("isOffDay").asBoolean());
			}
		});
		assertThat(offDays).isEqualTo(expected).containsEntry(LocalDate.of(2024, 10, 12), false);
		ResponseEntity<Map> none = county.anonymous()
			.get()
			.uri("/api/v1/calendar/notices/2031")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(Map.class);
		assertThat(none.getStatusCode().value()).isEqualTo(404);
		assertThat((String) none.getBody().get("detail")).contains("weekdays-only");
	}

	@Test
	void malformedInputIsABadRequestSayingWhatIsWrong() {
		for (String uri : List.of("/api/v1/calendar/days/2024-13-01", "/api/v1/calendar/days/yesterday",
				"/api/v1/calendar/add-working-days?from=2024-09-30&days=0",
				"/api/v1/calendar/add-working-days?from=2024-09-30", "/api/v1/calendar/add-working-days?from=x&days=1",
				"/api/v1/calendar/nth-working-day?year=2020&month=13&n=3",
				"/api/v1/calendar/nth-working-day?year=2020&month=5&n=abc")) {
			ResponseEntity<Map> response = county.anonymous()
				.get()
				.uri(uri)
				.retrieve()
				.onStatus(HttpStatusCode::isError, (request, reply) -> {
				})
				.toEntity(Map.class);
			assertThat(response.getStatusCode().value()).as(uri).isEqualTo(400);
			assertThat(response.getHeaders().getContentType().toString()).as(uri).contains("application/problem+json");
			assertThat((String) response.getBody().get("detail")).as(uri).isNotBlank();
		}
	}

	@Test
	void onlyTheProvincesSystemAdministratorSetsANotice() {
		Map<String, Object> notice = Map.of("reason", "2027年部分节假日安排", "days",
				List.of(Map.of("date", "2027-10-01", "name", "国庆节", "offDay", true)));
		assertThat(put(county, "sysadmin", "441704", notice)).as("at a county").isEqualTo(403);
		assertThat(put(province, "supervisor", "440000", notice)).as("a supervisor").isEqualTo(403);
		assertThat(put(province, "sysadmin", "440000", Map.of("reason", "", "days", List.of()))).isEqualTo(400);
		assertThat(put(province, "sysadmin", "440000",
				Map.of("reason", "x", "days", List.of(Map.of("date", "2031-10-01", "name", "国庆节", "offDay", true)))))
			.as("a day far from the notice's year")
			.isEqualTo(400);
	}

	private static int put(TestNode node, String role, String org, Map<String, Object> body) {
		return node.api(TestKeys.token("admin", org, null, role))
			.put()
			.uri("/api/v1/admin/calendar/notices/2027")
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

}
