package org.ducha.node.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The scores of a period as a workbook (Excel): a sheet ranking every unit the caller
 * sees with each measure's points, and a sheet listing every fact counted, with its ids.
 * Each export is audited: the scores of units are personnel matters.
 */
@Service
public class ScoreExport {

	/** The xlsx media type. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Assessments assessments;

	private final AuditTrail audit;

	ScoreExport(Assessments assessments, AuditTrail audit) {
		this.assessments = assessments;
		this.audit = audit;
	}

	/**
	 * A workbook ready to send.
	 *
	 * @param filename its name, Chinese
	 * @param asciiFilename the same for clients that take ASCII only
	 * @param content the xlsx bytes
	 */
	public record ScoreFile(String filename, String asciiFilename, byte[] content) {
	}

	public ScoreFile scores(AssessmentPeriod period, Actor actor) {
		Assessments.Scores scores = this.assessments.ranking(period, actor);
		byte[] content = workbook(scores);
		this.audit.record(AuditCategory.SECURITY, "ASSESSMENT_EXPORTED", actor.subject(), null,
				"assessment of " + period.label() + " with formula version " + scores.formula().version() + ": "
						+ scores.ranked().size() + " units");
		String suffix = period.year() + ((period.quarter() != null) ? "-Q" + period.quarter() : "");
		return new ScoreFile("绩效考核-" + period.label() + ".xlsx", "assessment-" + suffix + ".xlsx", content);
	}

	private static byte[] workbook(Assessments.Scores scores) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<MeasureRule> rules = scores.formula().rules();
			Sheet ranking = workbook.createSheet("排名");
			Row header = ranking.createRow(0);
			String[] fixed = { "层级", "名次", "单位", "单位代码", "得分" };
			for (int i = 0; i < fixed.length; i++) {
				cell(header, i, fixed[i], bold);
			}
			for (int i = 0; i < rules.size(); i++) {
				cell(header, fixed.length + i, rules.get(i).describe(), bold);
			}
			int next = 1;
			for (RankedScore ranked : scores.ranked()) {
				Row row = ranking.createRow(next++);
				UnitScore score = ranked.score();
				row.createCell(0).setCellValue(ranked.level().name());
				row.createCell(1).setCellValue(ranked.rank());
				row.createCell(2).setCellValue(score.unitName());
				row.createCell(3).setCellValue(score.unitCode());
				row.createCell(4).setCellValue(score.total().doubleValue());
				for (int i = 0; i < score.measures().size(); i++) {
					row.createCell(fixed.length + i).setCellValue(score.measures().get(i).points().doubleValue());
				}
			}
			facts(workbook.createSheet("计分明细"), scores, bold);
			Row note = ranking.createRow(next + 1);
			note.createCell(0)
				.setCellValue(scores.period().label() + " 考核办法第 " + scores.formula().version() + " 版："
						+ scores.formula().reason());
			ranking.setColumnWidth(0, 16 * 256);
			ranking.setColumnWidth(2, 28 * 256);
			ranking.setColumnWidth(3, 16 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void facts(Sheet sheet, Assessments.Scores scores, CellStyle bold) {
		String[] headers = { "单位", "单位代码", "指标", "得分", "计算", "事项", "日期", "计数", "任务", "交办", "报送", "问责", "整改", "通报" };
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			cell(header, i, headers[i], bold);
		}
		int next = 1;
		for (RankedScore ranked : scores.ranked()) {
			for (MeasureScore measure : ranked.score().measures()) {
				List<CountedFact> facts = measure.facts().isEmpty() ? Collections.singletonList(null) : measure.facts();
				for (CountedFact fact : facts) {
					Row row = sheet.createRow(next++);
					row.createCell(0).setCellValue(ranked.score().unitName());
					row.createCell(1).setCellValue(ranked.score().unitCode());
					row.createCell(2).setCellValue(measure.measure().chinese());
					row.createCell(3).setCellValue(measure.points().doubleValue());
					row.createCell(4).setCellValue(measure.explanation());
					if (fact != null) {
						row.createCell(5).setCellValue(fact.what());
						row.createCell(6).setCellValue(String.valueOf(fact.day()));
						row.createCell(7).setCellValue(fact.amount().doubleValue());
						String[] ids = { fact.links().taskId(), fact.links().assignmentId(), fact.links().reportId(),
								fact.links().stepId(), fact.links().rectificationId(), fact.links().bulletinId() };
						for (int i = 0; i < ids.length; i++) {
							if (ids[i] != null) {
								row.createCell(8 + i).setCellValue(ids[i]);
							}
						}
					}
				}
			}
		}
		sheet.setColumnWidth(0, 28 * 256);
		sheet.setColumnWidth(4, 30 * 256);
		sheet.setColumnWidth(5, 60 * 256);
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

}
