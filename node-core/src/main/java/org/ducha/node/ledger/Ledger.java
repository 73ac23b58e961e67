package org.ducha.node.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.ducha.node.NodeIdentity;
import org.ducha.node.security.Actor;
import org.ducha.node.task.TaskFilter;

import org.springframework.stereotype.Service;

/**
 * The ledger (台账) as a workbook: one line per assignment of every task the caller sees in
 * the task list, streamed to temporary files so a large ledger never sits in memory.
 */
@Service
public class Ledger {

	/** Lines kept in memory while the rest go to the temporary file. */
	private static final int WINDOW = 200;

	private final LedgerRows rows;

	private final NodeIdentity self;

	private final Clock clock;

	Ledger(LedgerRows rows, NodeIdentity self, Clock clock) {
		this.rows = rows;
		this.self = self;
		this.clock = clock;
	}

	/** The caller's ledger, with the task list's filter; close it once written. */
	public LedgerFile export(Actor actor, TaskFilter filter) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			LedgerSheet sheet = new LedgerSheet(workbook, "台账");
			int lines = this.rows.forEach(actor, filter, sheet::add);
			sheet.finish();
			about(workbook.createSheet("说明"), actor, lines);
			LocalDate today = LocalDate.now(this.clock.withZone(NodeIdentity.ZONE));
			String name = this.self.code() + "-" + today;
			return new LedgerFile("台账-" + name + ".xlsx", "ledger-" + name + ".xlsx", workbook);
		}
		catch (RuntimeException ex) {
			close(workbook);
			throw ex;
		}
	}

	private void about(Sheet sheet, Actor actor, int lines) {
		String[][] facts = { { "导出单位", this.self.name() + "（" + this.self.code() + "）" },
				{ "导出人", actor.name() + "（" + actor.unitCode() + "）" },
				{ "导出时间",
						LocalDateTime.now(this.clock.withZone(NodeIdentity.ZONE))
							.withNano(0)
							.toString()
							.replace('T', ' ') },
				{ "行数", String.valueOf(lines) }, { "范围", "与任务列表相同：导出人在本节点可见的督办事项，每个承办单位一行" } };
		for (int i = 0; i < facts.length; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(facts[i][0]);
			row.createCell(1).setCellValue(facts[i][1]);
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 60 * 256);
	}

	private static void close(SXSSFWorkbook workbook) {
		try {
			workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

}
