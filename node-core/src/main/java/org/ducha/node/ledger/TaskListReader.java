package org.ducha.node.ledger;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.InvalidRowsException;
import org.ducha.node.problem.InvalidRowsException.RowProblem;

import org.springframework.stereotype.Component;

/**
 * Reads the first sheet of an uploaded task list as a stream of SAX events, never as a
 * whole document: the header row (within the first rows), then each non-empty row, and no
 * more rows than allowed. Workbooks whose parts inflate suspiciously (zip bombs) or grow
 * too large are refused by POI's {@link ZipSecureFile} limits set here.
 */
@Component
class TaskListReader {

	private static final Logger logger = LoggerFactory.getLogger(TaskListReader.class);

	/** How far down a title row or two may push the header. */
	static final int HEADER_SEARCH_ROWS = 10;

	private final int maxRows;

	TaskListReader(LedgerSettings settings) {
		this.maxRows = settings.maxImportRows();
		ZipSecureFile.setMinInflateRatio(settings.minInflateRatio());
		ZipSecureFile.setMaxEntrySize(settings.maxUnzippedEntry().toBytes());
	}

	/**
	 * A task list as read: where its header is and its rows below it.
	 *
	 * @param headerRow the header's row number, from 1
	 * @param rows the non-empty rows below the header
	 */
	record TaskList(int headerRow, List<SheetRow> rows) {
	}

	TaskList read(Path file) {
		FileMagic magic;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		catch (IOException ex) {
			throw new InvalidRequestException("The upload could not be read");
		}
		if (magic == FileMagic.OLE2) {
			throw new InvalidRequestException(
					"The file is an old .xls workbook or an encrypted one; save it as an unprotected .xlsx workbook");
		}
		if (magic != FileMagic.OOXML) {
			throw new InvalidRequestException("The file is not an xlsx workbook");
		}
		OPCPackage workbook = null;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			return firstSheet(workbook);
		}
		catch (InvalidRequestException ex) {
			throw ex;
		}
		catch (Exception ex) {
			logger.info("Refused an uploaded task list: {}", ex.toString());
			throw new InvalidRequestException("The file is not a readable xlsx workbook");
		}
		finally {
			if (workbook != null) {
				workbook.revert();
			}
		}
	}

	private TaskList firstSheet(OPCPackage workbook) throws Exception {
		XSSFReader reader = new XSSFReader(workbook);
		Rows rows = new Rows(this.maxRows);
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
				new ReadOnlySharedStringsTable(workbook), rows, new IsoDates(), false));
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		if (!sheets.hasNext()) {
			throw new InvalidRequestException("The workbook has no sheet");
		}
		try (InputStream sheet = sheets.next()) {
			parser.parse(new InputSource(sheet));
		}
		catch (RuntimeException ex) {
			// our own refusals from inside the parser, should it wrap them
			if (ex.getCause() instanceof InvalidRequestException refusal) {
				throw refusal;
			}
			throw ex;
		}
		return rows.result();
	}

	/** More rows than one import takes; stops the reading at once. */
	static final class TooManyRows extends InvalidRequestException {

		TooManyRows(int max) {
			super("The task list has more than " + max + " rows; split it into several files");
		}

	}

	/** Collects the rows of a sheet, finding the header first. */
	private static final class Rows implements SheetContentsHandler {

		private final int maxRows;

		private final Map<Integer, String> cells = new HashMap<>();

		private final List<SheetRow> rows = new ArrayList<>();

		private Map<Integer, ImportColumn> columns;

		private int headerRow;

		private int nextColumn;

		Rows(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
			this.nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
			this.nextColumn = column + 1;
			String text = (value != null) ? value.replace('\u00A0', ' ').strip() : "";
			if (!text.isEmpty()) {
				this.cells.put(column, text);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (this.columns == null) {
				if (rowNum < HEADER_SEARCH_ROWS) {
					header(rowNum);
				}
				return;
			}
			Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
			this.cells.forEach((index, text) -> {
				ImportColumn column = this.columns.get(index);
				if (column != null) {
					values.put(column, text);
				}
			});
			if (values.isEmpty()) {
				return;
			}
			if (this.rows.size() == this.maxRows) {
				throw new TooManyRows(this.maxRows);
			}
			this.rows.add(new SheetRow(rowNum + 1, values));
		}

		/** A row naming at least two of the columns is the header. */
		private void header(int rowNum) {
			Map<Integer, ImportColumn> found = new HashMap<>();
			this.cells.forEach((index, text) -> ImportColumn.ofHeader(text).ifPresent((column) -> {
				if (!found.containsValue(column)) {
					found.put(index, column);
				}
			}));
			if (found.size() < 2) {
				return;
			}
			List<RowProblem> missing = new ArrayList<>();
			for (ImportColumn column : ImportColumn.values()) {
				if (column.required() && !found.containsValue(column)) {
					missing.add(new RowProblem(rowNum + 1, column.header(), "表头缺少必填列“" + column.header() + "”"));
				}
			}
			if (!missing.isEmpty()) {
				throw new InvalidRowsException("The header row lacks required columns; nothing was imported", missing);
			}
			this.columns = found;
			this.headerRow = rowNum + 1;
		}

		TaskList result() {
			if (this.columns == null) {
				throw new InvalidRowsException("No header row found; nothing was imported",
						List.of(new RowProblem(1, ImportColumn.TITLE.header(),
								"前" + HEADER_SEARCH_ROWS + "行中找不到表头（应含“事项名称”“牵头单位”“完成时限”等列，见导入模板）")));
			}
			return new TaskList(this.headerRow, List.copyOf(this.rows));
		}

	}

	/**
	 * Cell text as the import wants it: a date cell as {@code yyyy-MM-dd} whatever its
	 * display format, a whole number without decimals or grouping.
	 */
	private static final class IsoDates extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return String.valueOf((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

}
