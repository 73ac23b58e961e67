package org.ducha.node.accountability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;

/**
 * A unit's or a person's ladder record as a workbook (Excel), one row per step with its
 * reason, the facts it rests on and what followed; the same steps the record shows the
 * caller.
 */
@Service
public class RecordExport {

	private static final String[] HEADERS = { "日期", "类别", "签发机关", "单位", "单位代码", "责任人", "职务", "岗位", "事由", "依据", "整改期限",
			"整改情况", "常务会议说明", "确认", "批准" };

	private static final int[] WIDTHS = { 12, 12, 10, 22, 14, 10, 12, 12, 48, 48, 12, 30, 40, 12, 12 };

	private final LadderRecords records;

	RecordExport(LadderRecords records) {
		this.records = records;
	}

	/**
	 * A workbook ready to send.
	 *
	 * @param filename its name, Chinese
	 * @param asciiFilename the same for clients that take ASCII only
	 * @param content the xlsx bytes
	 */
	public record RecordFile(String filename, String asciiFilename, byte[] content) {

		/** The xlsx media type. */
		public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	}

	public RecordFile unit(String unitCode, Actor actor) {
		UnitRecord record = this.records.unit(unitCode, actor);
		return new RecordFile("督查问责记录-" + record.unitName() + ".xlsx", "ladder-record-unit.xlsx",
				workbook(record.unitName(), record.steps()));
	}

	public RecordFile person(String personId, Actor actor) {
		PersonRecord record = this.records.person(personId, actor);
		String name = (record.name() != null) ? record.name() : personId;
		return new RecordFile("督查问责记录-" + name + ".xlsx", "ladder-record-person.xlsx", workbook(name, record.steps()));
	}

	private static byte[] workbook(String title, List<StepRecord> steps) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("督查问责记录");
			CellStyle text = workbook.createCellStyle();
			text.setVerticalAlignment(VerticalAlignment.TOP);
			text.setWrapText(true);
			header(workbook, sheet);
			int next = 1;
			for (StepRecord record : steps) {
				Row row = sheet.createRow(next++);
				String[] cells = cells(record);
				for (int c = 0; c < cells.length; c++) {
					if (cells[c] != null) {
						Cell cell = row.createCell(c);
						cell.setCellValue(cells[c]);
						cell.setCellStyle(text);
					}
				}
			}
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, HEADERS.length - 1));
			workbook.setSheetName(0, safeName(title));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Workbook workbook, Sheet sheet) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		Row row = sheet.createRow(0);
		for (int i = 0; i < HEADERS.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(HEADERS[i]);
			cell.setCellStyle(style);
			sheet.setColumnWidth(i, WIDTHS[i] * 256 + 200);
		}
		sheet.createFreezePane(0, 1);
	}

	private static String[] cells(StepRecord record) {
		LadderStep step = record.step();
		String basis = step.basis().stream().map(Basis::label).collect(Collectors.joining("\n"));
		String rectification = (record.rectification() != null) ? rectification(record) : null;
		MeetingExplanation meeting = step.explanation();
		String explained = (meeting != null)
				? meeting.meetingDate() + " " + ((meeting.principalName() != null) ? meeting.principalName() + "：" : "")
						+ meeting.explanation() + "\n整改承诺：" + meeting.commitment()
				: null;
		return new String[] { step.issuedOn().toString(), step.kind().label(), step.issuingNode(), step.unitName(),
				step.unitCode(), step.personName(), step.personTitle(),
				(step.personRole() != null) ? step.personRole().label() : null, step.reason(), basis,
				(step.rectificationDeadline() != null) ? step.rectificationDeadline().toString() : null, rectification,
				explained, step.confirmedBy(), step.approvedBy() };
	}

	private static String rectification(StepRecord record) {
		String state = switch (record.rectification()) {
			case NONE -> "未报告";
			case REPORTED -> "已报告，待验收";
			case RETURNED -> "已退回";
			case ACCEPTED -> "已验收";
		};
		return state + record.rectifications()
			.stream()
			.map((report) -> "\n" + report.reportedAt().toString().substring(0, 10) + " " + report.content())
			.collect(Collectors.joining());
	}

	/** A sheet name Excel takes: at most 31 characters, none of {@code []:*?/\}. */
	private static String safeName(String title) {
		String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		cleaned = cleaned.isEmpty() ? "督查问责记录" : cleaned;
		return (cleaned.length() > 31) ? cleaned.substring(0, 31) : cleaned;
	}

}
