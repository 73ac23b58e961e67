package org.ducha.node.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a task list through a city node's REST API: a valid list issues every task as
 * annual key work; one bad row imports nothing and every problem is listed; uploads that
 * are too large, not xlsx, or too long are refused.
 */
class TaskListImportIntegrationTests {

	private static final TestClock clock = TestClock.at("2026-11-28T10:00:00");

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局"))
			.property("ducha.ledger.max-import-rows", "20")
			.bean("clock", clock)
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient supervisor() {
		return city.api(TestKeys.token("zhang", "441700", "441700:dcs", "supervisor"));
	}

	private static RestClient leader() {
		return city.api(TestKeys.token("wang", "441700", "441700", "leader"));
	}

	private static ResponseEntity<Map<String, Object>> upload(RestClient client, byte[] bytes) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return "重点工作.xlsx";
			}
		});
		return client.post()
			.uri("/api/v1/tasks/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.onStatus((status) -> true, (request, reply) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	private static long tasks() {
		return city.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM task").query(Long.class).single();
	}

	/**
	 * The downloaded template with rows written into its first sheet below the header.
	 */
	private static byte[] filledTemplate(List<List<Object>> rows) throws IOException {
		byte[] template = supervisor().get().uri("/api/v1/tasks/import-template.xlsx").retrieve().body(byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void theTemplateNamesTheColumnsAndTheUnitsToAssignTo() throws IOException {
		byte[] template = supervisor().get().uri("/api/v1/tasks/import-template.xlsx").retrieve().body(byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("督办事项");
			List<String> headers = new ArrayList<>();
			workbook.getSheetAt(0).getRow(0).forEach((cell) -> headers.add(cell.getStringCellValue()));
			assertThat(headers).containsExactly("事项名称", "工作内容", "工作要求", "依据", "督查类型", "牵头单位", "协办单位", "完成时限", "目标任务",
					"责任人");
			Sheet units = workbook.getSheet("单位代码");
			List<String> codes = new ArrayList<>();
			for (int r = 1; r <= units.getLastRowNum(); r++) {
				codes.add(units.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(codes).contains("441700:fgj", "441700:jyj").doesNotContain("441700", "441700:dcs");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void importsEveryRowAsAnnualKeyWorkWithQuarterlyReports() throws IOException {
		long before = tasks();
		byte[] file = filledTemplate(List.of(
				TaskListFiles.row("推进滨海新区基础设施建设", "完成主干道路网", "每季度报送", "2026年政府工作报告", "日常督办", "441700:fgj", "阳江市教育局",
						LocalDate.of(2026, 12, 31)),
				TaskListFiles.row("深化营商环境改革", null, null, null, "专项督查", "441700:jyj", null, "2027-06-30")));
		ResponseEntity<Map<String, Object>> response = upload(supervisor(), file);
		assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
		assertThat(response.getBody().get("count")).isEqualTo(2);
		List<Map<String, Object>> created = (List<Map<String, Object>>) response.getBody().get("created");
		assertThat(created).extracting((c) -> c.get("row")).containsExactly(2, 3);
		assertThat(created).as("numbered only when a leader approves")
			.extracting((c) -> c.get("number"))
			.containsOnlyNulls();
		assertThat(tasks()).isEqualTo(before + 2);
		for (Map<String, Object> imported : created) {
			Map<String, Object> approved = leader().post()
				.uri("/api/v1/tasks/{id}/approve", imported.get("id"))
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			assertThat((String) approved.get("number")).matches("阳督〔2026〕\\d+号");
		}

		Map<String, Object> task = supervisor().get()
			.uri("/api/v1/tasks/{id}", created.get(0).get("id"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(task.get("title")).isEqualTo("推进滨海新区基础设施建设");
		assertThat(task.get("content")).isEqualTo("完成主干道路网\n\n工作要求：每季度报送");
		assertThat(task.get("source")).isEqualTo("ANNUAL_KEY_WORK");
		assertThat(task.get("type")).isEqualTo("ROUTINE");
		assertThat(task.get("deadline")).isEqualTo("2026-12-31");
		assertThat(task.get("issuedBy")).as("the approving leader").isEqualTo("wang");
		assertThat(task.get("schedule")).isEqualTo("2026年每季度结束后第5个工作日内报送");
		List<Map<String, Object>> assignments = (List<Map<String, Object>>) task.get("assignments");
		assertThat(assignments).extracting((a) -> a.get("unitCode") + "/" + a.get("role"))
			.containsExactlyInAnyOrder("441700:fgj/LEAD", "441700:jyj/CO");
		Map<String, Object> schedule = supervisor().get()
			.uri("/api/v1/assignments/{id}/schedule", assignments.get(0).get("id"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat((List<Map<String, Object>>) schedule.get("slots")).as("the Q4 report, due in January")
			.singleElement()
			.satisfies((slot) -> assertThat((String) slot.get("due")).startsWith("2027-01-"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void oneBadRowImportsNothingAndEveryProblemIsListedByRowAndColumn() throws IOException {
		long before = tasks();
		byte[] file = filledTemplate(
				List.of(TaskListFiles.row("一项好的工作", null, null, null, null, "441700:fgj", null, "2026-12-31"),
						TaskListFiles.row("单位写错了", null, null, null, null, "441700:nope", null, "2026-12-31"),
						TaskListFiles.row(null, null, null, null, null, "441700:fgj", "441700:fgj",
								LocalDate.of(2026, 11, 1)),
						TaskListFiles.row("一项好的工作", null, null, null, null, "441700:jyj", null, "2026-12-31")));
		ResponseEntity<Map<String, Object>> response = upload(supervisor(), file);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("code")).isEqualTo("invalid-rows");
		assertThat((String) response.getBody().get("detail")).contains("nothing was imported");
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
		assertThat(errors).extracting((e) -> e.get("row") + " " + e.get("column"))
			.containsExactly("3 牵头单位", "4 事项名称", "4 协办单位", "4 完成时限", "5 事项名称");
		assertThat(errors).allSatisfy((e) -> assertThat((String) e.get("message")).isNotBlank());
		assertThat(tasks()).as("nothing imported").isEqualTo(before);
	}

	@Test
	void refusesUploadsTooLargeNotXlsxOrTooLong() throws IOException {
		byte[] big = new byte[6 * 1024 * 1024];
		new Random(7).nextBytes(big);
		ResponseEntity<Map<String, Object>> tooLarge = upload(supervisor(), big);
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		assertThat(tooLarge.getBody().get("code")).isEqualTo("too-large");
		assertThat(tooLarge.getBody().get("detail")).isEqualTo("A task list is at most 5242880 bytes");

		ResponseEntity<Map<String, Object>> garbage = upload(supervisor(), "not a workbook".getBytes());
		assertThat(garbage.getStatusCode().value()).isEqualTo(400);
		assertThat(garbage.getBody().get("detail")).isEqualTo("The file is not an xlsx workbook");

		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			rows.add(TaskListFiles.row("事项" + i, null, null, null, null, "441700:fgj", null, "2026-12-31"));
		}
		ResponseEntity<Map<String, Object>> tooLong = upload(supervisor(), filledTemplate(rows));
		assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
		assertThat((String) tooLong.getBody().get("detail")).contains("more than 20 rows");

		ResponseEntity<Map<String, Object>> noFile = supervisor().post()
			.uri("/api/v1/tasks/import")
			.body(Map.of("title", "json, not a file"))
			.retrieve()
			.onStatus((status) -> true, (request, reply) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(noFile.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void onlyTheNodesIssuersImport() throws IOException {
		long before = tasks();
		byte[] file = filledTemplate(
				List.of(TaskListFiles.row("越权导入", null, null, null, null, "441700:jyj", null, "2026-12-31")));
		RestClient handler = city.api(TestKeys.token("li", "441700", "441700:fgj", "handler"));
		assertThat(upload(handler, file).getStatusCode().value()).isEqualTo(403);
		RestClient countySupervisor = city.api(TestKeys.token("chen", "441704", "441704:dcs", "supervisor"));
		assertThat(upload(countySupervisor, file).getStatusCode().value()).isEqualTo(403);
		assertThat(tasks()).isEqualTo(before);
	}

}
