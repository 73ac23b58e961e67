package org.ducha.node.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
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
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The ledger's sheet: Chinese headers on a frozen first row with an autofilter, fixed
 * widths, dates as dates, progress as a percentage, lights in their colours.
 */
final class LedgerSheet {

	/**
	 * A column: header and width in characters.
	 *
	 * @param header the header
	 * @param width width in characters
	 */
	record Column(String header, int width) {
	}

	static final List<Column> COLUMNS = List.of(new Column("督办编号", 18), new Column("事项名称", 36), new Column("目标任务", 30),
			new Column("事项来源", 14), new Column("督查类型", 10), new Column("交办单位", 20), new Column("责任单位", 24),
			new Column("单位代码", 14), new Column("承办角色", 9), new Column("签收人", 10), new Column("签收时间", 17),
			new Column("责任人", 24), new Column("原定完成时限", 14), new Column("现完成时限", 14), new Column("下次报告期限", 14),
			new Column("办理状态", 10), new Column("事项状态", 10), new Column("红黄绿灯", 9), new Column("亮灯原因", 30),
			new Column("最新进展日期", 14), new Column("完成进度", 10), new Column("最新进展", 48));

	private static final byte[] GREEN = { (byte) 0xC6, (byte) 0xEF, (byte) 0xCE };

	private static final byte[] YELLOW = { (byte) 0xFF, (byte) 0xEB, (byte) 0x9C };

	private static final byte[] RED = { (byte) 0xFF, (byte) 0xC7, (byte) 0xCE };

	private final Sheet sheet;

	private final CellStyle text;

	private final CellStyle date;

	private final CellStyle dateTime;

	private final CellStyle percent;

	private final CellStyle green;

	private final CellStyle yellow;

	private final CellStyle red;

	private int next = 1;

	LedgerSheet(Workbook workbook, String name) {
		this.sheet = workbook.createSheet(name);
		this.text = workbook.createCellStyle();
		this.text.setVerticalAlignment(VerticalAlignment.TOP);
		this.date = formatted(workbook, "yyyy-mm-dd");
		this.dateTime = formatted(workbook, "yyyy-mm-dd hh:mm");
		this.percent = formatted(workbook, "0%");
		this.green = filled(workbook, GREEN);
		this.yellow = filled(workbook, YELLOW);
		this.red = filled(workbook, RED);
		header(workbook);
	}

	private void header(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setWrapText(true);
		Row row = this.sheet.createRow(0);
		for (int i = 0; i < COLUMNS.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(COLUMNS.get(i).header());
			cell.setCellStyle(style);
			this.sheet.setColumnWidth(i, COLUMNS.get(i).width() * 256 + 200);
		}
		this.sheet.createFreezePane(0, 1);
	}

	void add(LedgerRow line) {
		Row row = this.sheet.createRow(this.next++);
		int c = 0;
		text(row, c++, line.number());
		text(row, c++, line.title());
		text(row, c++, line.goal());
		text(row, c++, line.source());
		text(row, c++, line.type());
		text(row, c++, line.issuingUnit());
		text(row, c++, line.unit());
		text(row, c++, line.unitCode());
		text(row, c++, line.role());
		text(row, c++, line.signedBy());
		dateTime(row, c++, line.signedAt());
		text(row, c++, line.responsible());
		date(row, c++, line.originalDeadline());
		date(row, c++, line.deadline());
		date(row, c++, line.nextDue());
		text(row, c++, line.status());
		text(row, c++, line.taskStatus());
		light(row, c++, line.light());
		text(row, c++, line.lightReason());
		date(row, c++, line.reportedOn());
		if (line.percent() != null) {
			Cell cell = row.createCell(c);
			cell.setCellValue(line.percent() / 100.0);
			cell.setCellStyle(this.percent);
		}
		c++;
		text(row, c, line.progress());
	}

	/** Sets the autofilter over the header and every line written. */
	void finish() {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.next - 1), 0, COLUMNS.size() - 1));
	}

	private void text(Row row, int column, String value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(this.text);
		}
	}

	private void date(Row row, int column, LocalDate value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(this.date);
		}
	}

	private void dateTime(Row row, int column, LocalDateTime value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(this.dateTime);
		}
	}

	private void light(Row row, int column, String value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(switch (value) {
				case "绿灯" -> this.green;
				case "黄灯" -> this.yellow;
				case "红灯" -> this.red;
				default -> this.text;
			});
		}
	}

	private static CellStyle formatted(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private static CellStyle filled(Workbook workbook, byte[] rgb) {
		XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
		style.setFillForegroundColor(new XSSFColor(rgb, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

}
