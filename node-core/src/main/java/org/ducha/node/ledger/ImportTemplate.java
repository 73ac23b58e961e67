package org.ducha.node.ledger;

import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.ducha.node.unit.Unit;

/**
 * The workbook a task list is imported from: the sheet to fill in (required headers in
 * red), how to fill each column, and the codes of the units this node assigns to.
 */
final class ImportTemplate {

	static final String SHEET = "督办事项";

	private static final String[] TYPES = { "综合督查", "专项督查", "事件调查", "日常督办", "线索核查" };

	private ImportTemplate() {
	}

	/**
	 * @param units the units the caller may name as lead or co-unit
	 * @param maxRows the most rows one import takes
	 */
	static LedgerFile build(List<Unit> units, int maxRows) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		sheet(workbook, maxRows);
		instructions(workbook, maxRows);
		units(workbook, units);
		return new LedgerFile("督办事项导入模板.xlsx", "task-import-template.xlsx", workbook);
	}

	private static void sheet(Workbook workbook, int maxRows) {
		Sheet sheet = workbook.createSheet(SHEET);
		CellStyle required = headerStyle(workbook, IndexedColors.RED);
		CellStyle optional = headerStyle(workbook, IndexedColors.BLACK);
		CellStyle asText = workbook.createCellStyle();
		asText.setDataFormat(workbook.createDataFormat().getFormat("@"));
		CellStyle asDate = workbook.createCellStyle();
		asDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Row header = sheet.createRow(0);
		for (ImportColumn column : ImportColumn.values()) {
			int index = column.ordinal();
			Cell cell = header.createCell(index);
			cell.setCellValue(column.header());
			cell.setCellStyle(column.required() ? required : optional);
			sheet.setColumnWidth(index, column.width() * 256 + 200);
			if (column == ImportColumn.LEAD || column == ImportColumn.CO) {
				sheet.setDefaultColumnStyle(index, asText);
			}
			if (column == ImportColumn.DEADLINE) {
				sheet.setDefaultColumnStyle(index, asDate);
			}
		}
		sheet.createFreezePane(0, 1);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int type = ImportColumn.TYPE.ordinal();
		DataValidation types = helper.createValidation(helper.createExplicitListConstraint(TYPES),
				new CellRangeAddressList(1, maxRows, type, type));
		types.setShowErrorBox(true);
		sheet.addValidationData(types);
	}

	private static CellStyle headerStyle(Workbook workbook, IndexedColors color) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		font.setColor(color.getIndex());
		style.setFont(font);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}

	private static void instructions(Workbook workbook, int maxRows) {
		Sheet sheet = workbook.createSheet("填写说明");
		String[] intro = {
				"在“" + SHEET + "”表第1行表头下逐行填写，每行一项年度重点工作；表头上方可加标题行，表头须在前" + TaskListReader.HEADER_SEARCH_ROWS + "行内。",
				"导入时先检查全部行：任何一行有错，一项也不导入，并列出每个错误的行号、列名和原因；全部无误才一并交办。", "导入的事项来源为“年度重点工作”，按季度报告：每季度结束后第5个工作日前报送进展。",
				"每个文件至多" + maxRows + "行，文件须为 .xlsx 格式。" };
		int r = 0;
		for (String line : intro) {
			sheet.createRow(r++).createCell(0).setCellValue(line);
		}
		r++;
		Row head = sheet.createRow(r++);
		head.createCell(0).setCellValue("列名");
		head.createCell(1).setCellValue("填写要求");
		for (ImportColumn column : ImportColumn.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(column.header());
			row.createCell(1).setCellValue(column.note());
		}
		r++;
		sheet.createRow(r++).createCell(0).setCellValue("示例（请勿填入本表）：");
		String[] example = { "推进滨海新区基础设施建设", "完成主干道路网建设", "每季度末报送完成情况", "2026年政府工作报告", "日常督办", "441700:fgj",
				"441700:jyj，441704", "2026-12-31" };
		Row header = sheet.createRow(r++);
		Row values = sheet.createRow(r);
		for (int i = 0; i < example.length; i++) {
			header.createCell(i).setCellValue(ImportColumn.values()[i].header());
			values.createCell(i).setCellValue(example[i]);
		}
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 70 * 256);
	}

	private static void units(Workbook workbook, List<Unit> units) {
		Sheet sheet = workbook.createSheet("单位代码");
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue("单位代码");
		head.createCell(1).setCellValue("单位名称");
		head.createCell(2).setCellValue("类别");
		int r = 1;
		for (Unit unit : units) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(unit.code());
			row.createCell(1).setCellValue(unit.name());
			row.createCell(2).setCellValue(unit.government() ? "下级政府" : "本级部门");
		}
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		sheet.setColumnWidth(2, 10 * 256);
		sheet.createFreezePane(0, 1);
	}

}
