package org.ducha.node.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.InvalidRowsException;
import org.ducha.node.problem.InvalidRowsException.RowProblem;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading an uploaded task list: the header found below a title, rows as text with dates
 * as dates, and refusals of what is not a readable xlsx workbook.
 */
class TaskListReaderTests {

	@TempDir
	Path dir;

	private final TaskListReader reader = new TaskListReader(LedgerSettings.defaults());

	private Path file(byte[] bytes) throws IOException {
		return Files.write(Files.createTempFile(this.dir, "list", ".xlsx"), bytes);
	}

	@Test
	void findsTheHeaderBelowATitleAndReadsDatesAndNumbersAsText() throws IOException {
		byte[] xlsx = TaskListFiles.xlsx(List.of(List.of("2026年市政府重点工作任务分解表"), List.of(),
				List.of("序号", "事项名称*", "牵头单位（必填）", "协办单位", "完成时限", "备注"),
				List.of(1, "推进滨海新区建设", "441700:fgj", 441704, LocalDate.of(2026, 12, 31), "无"), List.of(),
				List.of(2, "  办好民生实事 ", "阳江市教育局", "", "2027-03-31")));
		TaskListReader.TaskList list = this.reader.read(file(xlsx));
		assertThat(list.headerRow()).isEqualTo(3);
		assertThat(list.rows()).hasSize(2);
		SheetRow first = list.rows().get(0);
		assertThat(first.number()).isEqualTo(4);
		assertThat(first.get(ImportColumn.TITLE)).isEqualTo("推进滨海新区建设");
		assertThat(first.get(ImportColumn.LEAD)).isEqualTo("441700:fgj");
		assertThat(first.get(ImportColumn.CO)).as("a number typed into a text column").isEqualTo("441704");
		assertThat(first.get(ImportColumn.DEADLINE)).as("a date cell, whatever its display format")
			.isEqualTo("2026-12-31");
		assertThat(first.cells()).doesNotContainKey(ImportColumn.CONTENT);
		SheetRow second = list.rows().get(1);
		assertThat(second.number()).as("the blank row is skipped, the numbering kept").isEqualTo(6);
		assertThat(second.get(ImportColumn.TITLE)).isEqualTo("办好民生实事");
		assertThat(second.cells()).doesNotContainKey(ImportColumn.CO);
	}

	@Test
	void reportsRequiredColumnsTheHeaderLacks() throws IOException {
		byte[] xlsx = TaskListFiles.xlsx(List.of(List.of("事项名称", "工作内容", "协办单位"), List.of("甲", "乙", "丙")));
		assertThatExceptionOfType(InvalidRowsException.class).isThrownBy(() -> this.reader.read(file(xlsx)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(RowProblem::row, RowProblem::column)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "牵头单位"),
						org.assertj.core.groups.Tuple.tuple(1, "完成时限")));
	}

	@Test
	void reportsAMissingHeader() throws IOException {
		byte[] xlsx = TaskListFiles.xlsx(List.of(List.of("甲", "乙"), List.of("丙", "丁")));
		assertThatExceptionOfType(InvalidRowsException.class).isThrownBy(() -> this.reader.read(file(xlsx)))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.message()).contains("找不到表头")));
	}

	@Test
	void stopsReadingBeyondTheRowLimit() throws IOException {
		TaskListReader small = new TaskListReader(
				new LedgerSettings(DataSize.ofMegabytes(5), 3, DataSize.ofMegabytes(50), 0.01));
		List<List<Object>> rows = new java.util.ArrayList<>();
		rows.add(TaskListFiles.HEADER);
		for (int i = 0; i < 4; i++) {
			rows.add(TaskListFiles.row("事项" + i, null, null, null, null, "441700:fgj", null, "2026-12-31"));
		}
		Path file = file(TaskListFiles.xlsx(rows));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> small.read(file))
			.withMessageContaining("more than 3 rows");
		assertThat(small.read(file(TaskListFiles.xlsx(rows.subList(0, 4)))).rows()).hasSize(3);
	}

	@Test
	void refusesGarbageAnOldXlsAndACorruptZip() throws IOException {
		byte[] garbage = "这不是表格 just text".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.reader.read(file(garbage)))
			.withMessage("The file is not an xlsx workbook");
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("督办事项");
			workbook.write(xls);
		}
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.reader.read(file(xls.toByteArray())))
			.withMessageContaining(".xls");
		byte[] valid = TaskListFiles.xlsx(List.of(TaskListFiles.HEADER));
		byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.reader.read(file(truncated)))
			.withMessage("The file is not a readable xlsx workbook");
		byte[] plainZip = zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.reader.read(file(plainZip)))
			.withMessage("The file is not a readable xlsx workbook");
	}

	@Test
	void refusesAZipBomb() throws IOException {
		byte[] valid = TaskListFiles.xlsx(List.of(TaskListFiles.HEADER,
				TaskListFiles.row("甲", null, null, null, null, "441700:fgj", null, "2026-12-31")));
		// the sheet's part, padded with 60 MB of blanks that deflate to almost nothing
		byte[] bomb = replace(valid, "xl/worksheets/sheet1.xml", (original) -> {
			byte[] padded = java.util.Arrays.copyOf(original, original.length + 60 * 1024 * 1024);
			java.util.Arrays.fill(padded, original.length, padded.length, (byte) ' ');
			return padded;
		});
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.reader.read(file(bomb)))
			.withMessage("The file is not a readable xlsx workbook");
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] replace(byte[] xlsx, String part, java.util.function.UnaryOperator<byte[]> change)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(9);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(part) ? change.apply(content) : content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
