package org.ducha.node.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Task lists as an author fills them in, for the import's tests: a header row and rows of
 * text, a {@link LocalDate} written as a real date cell and a {@link Number} as a number.
 */
final class TaskListFiles {

	/** The template's headers, in its order. */
	static final List<Object> HEADER = List.of("事项名称", "工作内容", "工作要求", "依据", "督查类型", "牵头单位", "协办单位", "完成时限");

	private TaskListFiles() {
	}

	/** A workbook of one sheet with the given rows, the first of them row 1. */
	static byte[] xlsx(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("督办事项");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A row in the template's order. */
	static List<Object> row(Object title, Object content, Object requirements, Object basis, Object type, Object lead,
			Object co, Object deadline) {
		return java.util.Arrays.asList(title, content, requirements, basis, type, lead, co, deadline);
	}

}
