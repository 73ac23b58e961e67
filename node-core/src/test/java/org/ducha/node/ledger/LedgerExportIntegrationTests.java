package org.ducha.node.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestClock;
import org.ducha.node.testing.TestKeys;
import org.ducha.node.testing.TestNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger of a city node through its REST API: one line per assignment with real
 * dates, progress and lights; exactly the tasks the task list shows each caller.
 */
class LedgerExportIntegrationTests {

	private static final TestClock clock = TestClock.at("2026-11-28T10:00:00");

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.withoutTransport()
			.departments(Map.of("fgj", "阳江市发展和改革局", "jyj", "阳江市教育局", "wjj", "阳江市卫生健康局"))
			.bean("clock", clock)
			.start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	private static RestClient as(String subject, String unit, String... roles) {
		return city.api(TestKeys.token(subject, "441700", unit, roles));
	}

	private static RestClient supervisor() {
		return as("zhang", "441700:dcs", "supervisor");
	}

	private static Map<String, Object> issue(String title, String lead, String co) {
		List<Map<String, String>> assignees = new ArrayList<>(List.of(Map.of("unitCode", lead, "role", "LEAD")));
		if (co != null) {
			assignees.add(Map.of("unitCode", co, "role", "CO"));
		}
		return IssuedTasks.issue(supervisor(), as("wang", "441700", "leader"),
				Map.of("title", title, "goal", "年内建成主干路网", "source", "ANNUAL_KEY_WORK", "type", "ROUTINE", "deadline",
						"2027-06-30", "assignees", assignees));
	}

	private static ResponseEntity<byte[]> ledger(RestClient client) {
		return client.get().uri("/api/v1/tasks/ledger.xlsx").retrieve().toEntity(byte[].class);
	}

	private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	@Test
	@SuppressWarnings("unchecked")
	void writesOneLinePerAssignmentWithDatesProgressAndLight() throws IOException {
		Map<String, Object> task = issue("推进滨海新区基础设施建设", "441700:fgj", "441700:jyj");
		String lead = ((List<Map<String, Object>>) task.get("assignments")).stream()
			.filter((a) -> a.get("unitCode").equals("441700:fgj"))
			.map((a) -> (String) a.get("id"))
			.findFirst()
			.orElseThrow();
		as("li", "441700:fgj", "handler").post()
			.uri("/api/v1/assignments/{id}/sign", lead)
			.body(Map.of("responsible", Map.of("name", "黄志强", "post", "副局长", "phone", "0662-3360001")))
			.retrieve()
			.toBodilessEntity();
		as("li", "441700:fgj", "handler").post()
			.uri("/api/v1/assignments/{id}/reports", lead)
			.body(Map.of("percentComplete", 30, "progress", "已完成主干道路立项，正在招标"))
			.retrieve()
			.toBodilessEntity();

		ResponseEntity<byte[]> response = ledger(supervisor());
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).hasToString(LedgerFile.CONTENT_TYPE);
		String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment; filename=\"ledger-441700-2026-11-28.xlsx\"; filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("台账-441700-2026-11-28.xlsx");

		try (XSSFWorkbook workbook = workbook(response.getBody())) {
			XSSFSheet sheet = workbook.getSheet("台账");
			assertThat(texts(sheet.getRow(0)))
				.containsExactlyElementsOf(LedgerSheet.COLUMNS.stream().map(LedgerSheet.Column::header).toList());
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:V");
			List<Row> lines = linesOf(sheet, (String) task.get("number"));
			assertThat(lines).hasSize(2);
			Row first = lines.get(0);
			assertThat(text(first, "事项名称")).isEqualTo("推进滨海新区基础设施建设");
			assertThat(text(first, "事项来源")).isEqualTo("年度重点工作");
			assertThat(text(first, "交办单位")).isEqualTo("441700:dcs");
			assertThat(text(first, "责任单位")).isEqualTo("阳江市发展和改革局");
			assertThat(text(first, "单位代码")).isEqualTo("441700:fgj");
			assertThat(text(first, "承办角色")).isEqualTo("牵头");
			assertThat(text(first, "签收人")).isEqualTo("li");
			assertThat(date(first, "签收时间")).isEqualTo(LocalDate.of(2026, 11, 28));
			assertThat(text(first, "目标任务")).isEqualTo("年内建成主干路网");
			assertThat(text(first, "责任人")).isEqualTo("黄志强（副局长，0662-3360001）");
			assertThat(date(first, "原定完成时限")).isEqualTo(LocalDate.of(2027, 6, 30));
			assertThat(date(first, "现完成时限")).as("no extension: the original").isEqualTo(LocalDate.of(2027, 6, 30));
			assertThat(date(first, "下次报告期限")).as("the Q4 report, in January").isAfter(LocalDate.of(2027, 1, 1));
			assertThat(text(first, "办理状态")).isEqualTo("办理中");
			assertThat(text(first, "事项状态")).as("signed and reported: in progress").isEqualTo("推进中");
			assertThat(text(first, "红黄绿灯")).isIn("绿灯", "黄灯", "红灯");
			assertThat(date(first, "最新进展日期")).isEqualTo(LocalDate.of(2026, 11, 28));
			Cell percent = cell(first, "完成进度");
			assertThat(percent.getNumericCellValue()).isEqualTo(0.3);
			assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0%");
			assertThat(text(first, "最新进展")).isEqualTo("已完成主干道路立项，正在招标");
			Row second = lines.get(1);
			assertThat(text(second, "单位代码")).isEqualTo("441700:jyj");
			assertThat(text(second, "承办角色")).isEqualTo("协办");
			assertThat(text(second, "办理状态")).isEqualTo("待签收");
			assertThat(cell(second, "签收人")).isNull();
			assertThat(cell(second, "责任人")).as("not named yet").isNull();
			assertThat(cell(second, "完成进度")).isNull();
			assertThat(workbook.getSheet("说明").getRow(1).getCell(1).getStringCellValue()).startsWith("zhang");
		}
	}

	@Test
	void holdsExactlyTheTasksTheTaskListShowsEachCaller() throws IOException {
		String toFgj = (String) issue("发改局的事项", "441700:fgj", null).get("number");
		String toJyj = (String) issue("教育局的事项", "441700:jyj", null).get("number");
		RestClient fgjHandler = as("li", "441700:fgj", "handler");
		RestClient wjjHandler = as("wang", "441700:wjj", "handler");
		RestClient observer = as("guest", "441700", "observer");
		for (RestClient caller : List.of(supervisor(), fgjHandler, wjjHandler)) {
			try (XSSFWorkbook workbook = workbook(ledger(caller).getBody())) {
				assertThat(numbersIn(workbook.getSheet("台账"))).isEqualTo(listed(caller));
			}
		}
		// an invited observer reads the invited tasks one by one, never the ledger
		assertThat(observer.get().uri("/api/v1/tasks/ledger.xlsx").retrieve().onStatus((status) -> true, (q, r) -> {
		}).toBodilessEntity().getStatusCode().value()).isEqualTo(403);
		try (XSSFWorkbook workbook = workbook(ledger(fgjHandler).getBody())) {
			assertThat(numbersIn(workbook.getSheet("台账"))).contains(toFgj).doesNotContain(toJyj);
		}
		try (XSSFWorkbook workbook = workbook(ledger(wjjHandler).getBody())) {
			XSSFSheet sheet = workbook.getSheet("台账");
			assertThat(sheet.getLastRowNum()).as("the header only").isZero();
		}
	}

	@Test
	void answersAnonymousCallersWith401() {
		int status = city.anonymous()
			.get()
			.uri("/api/v1/tasks/ledger.xlsx")
			.retrieve()
			.onStatus((code) -> true, (request, reply) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).isEqualTo(401);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> listed(RestClient caller) {
		Map<String, Object> page = caller.get().uri("/api/v1/tasks?size=200").retrieve().body(Map.class);
		Set<String> numbers = new TreeSet<>();
		((List<Map<String, Object>>) page.get("items")).forEach((item) -> numbers.add((String) item.get("number")));
		return numbers;
	}

	private static Set<String> numbersIn(XSSFSheet sheet) {
		Set<String> numbers = new TreeSet<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
		}
		return numbers;
	}

	private static List<Row> linesOf(XSSFSheet sheet, String number) {
		List<Row> lines = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r).getCell(0).getStringCellValue().equals(number)) {
				lines.add(sheet.getRow(r));
			}
		}
		return lines;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static Cell cell(Row row, String header) {
		for (int i = 0; i < LedgerSheet.COLUMNS.size(); i++) {
			if (LedgerSheet.COLUMNS.get(i).header().equals(header)) {
				return row.getCell(i);
			}
		}
		throw new IllegalArgumentException(header);
	}

	private static String text(Row row, String header) {
		Cell cell = cell(row, header);
		assertThat(cell.getCellType()).as(header).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

	private static LocalDate date(Row row, String header) {
		Cell cell = cell(row, header);
		assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as(header + " is a date").isTrue();
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

}
