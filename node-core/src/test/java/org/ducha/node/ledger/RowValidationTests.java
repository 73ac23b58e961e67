package org.ducha.node.ledger;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRowsException.RowProblem;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ResponsiblePerson;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.unit.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a task list's rows before an import: every problem of every row, each
 * with its row and column; valid rows as the commands a hand-registered task gives.
 */
class RowValidationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final List<Unit> UNITS = List.of(new Unit("441700", "阳江市", "441700", true),
			new Unit("441700:fgj", "阳江市发展和改革局", "441700", false), new Unit("441700:jyj", "阳江市教育局", "441700", false),
			new Unit("441700:dcs", "阳江市政府督查室", "441700", false), new Unit("441704", "阳东区", "441704", true),
			new Unit("441702", "江城区", "441702", true));

	private final RowValidation validation = new RowValidation(UNITS, "441700", "441700:dcs", TODAY);

	private static SheetRow row(int number, Object... pairs) {
		Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < pairs.length; i += 2) {
			cells.put((ImportColumn) pairs[i], (String) pairs[i + 1]);
		}
		return new SheetRow(number, cells);
	}

	private static SheetRow good(int number, String title) {
		return row(number, ImportColumn.TITLE, title, ImportColumn.LEAD, "441700:fgj", ImportColumn.DEADLINE,
				"2026-12-31");
	}

	@Test
	void aValidRowBecomesAnAnnualKeyWorkTaskWithItsLeadAndCoUnits() {
		RowValidation.Result result = this.validation
			.validate(List.of(row(2, ImportColumn.TITLE, "推进滨海新区建设", ImportColumn.CONTENT, "完成主干道路网",
					ImportColumn.REQUIREMENTS, "每季度报送", ImportColumn.BASIS, "2026年政府工作报告", ImportColumn.LEAD,
					"441700:fgj", ImportColumn.CO, "441700:jyj，阳东区、 441702", ImportColumn.DEADLINE, "2026年12月31日")));
		assertThat(result.problems()).isEmpty();
		assertThat(result.tasks()).singleElement().satisfies((valid) -> {
			assertThat(valid.row()).isEqualTo(2);
			IssueTask command = valid.command();
			assertThat(command.content().title()).isEqualTo("推进滨海新区建设");
			assertThat(command.content().content()).isEqualTo("完成主干道路网\n\n工作要求：每季度报送");
			assertThat(command.content().source()).isEqualTo(TaskSource.ANNUAL_KEY_WORK);
			assertThat(command.content().type()).isEqualTo(TaskType.ROUTINE);
			assertThat(command.content().basis()).isEqualTo("2026年政府工作报告");
			assertThat(command.content().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
			assertThat(command.content().schedule()).as("the default of annual key work").isNull();
			assertThat(command.assignees()).containsExactly(new IssueTask.Assignee("441700:fgj", AssignmentRole.LEAD),
					new IssueTask.Assignee("441700:jyj", AssignmentRole.CO),
					new IssueTask.Assignee("441704", AssignmentRole.CO),
					new IssueTask.Assignee("441702", AssignmentRole.CO));
		});
	}

	/** 目标任务 and the lead department's 责任人, written in one cell as people write them. */
	@Test
	void takesTheGoalAndTheLeadDepartmentsResponsiblePerson() {
		RowValidation.Result result = this.validation.validate(List.of(row(2, ImportColumn.TITLE, "专项整治",
				ImportColumn.GOAL, "年底前全部整改", ImportColumn.LEAD, "441700:fgj", ImportColumn.CO, "441704",
				ImportColumn.DEADLINE, "2026-12-31", ImportColumn.RESPONSIBLE, "黄志强 副局长 0662-3360001")));
		assertThat(result.problems()).isEmpty();
		IssueTask command = result.tasks().get(0).command();
		assertThat(command.content().goal()).isEqualTo("年底前全部整改");
		assertThat(command.assignees()).containsExactly(
				new IssueTask.Assignee("441700:fgj", AssignmentRole.LEAD,
						new ResponsiblePerson("黄志强", "副局长", "0662-3360001", "441700:fgj")),
				new IssueTask.Assignee("441704", AssignmentRole.CO));
		RowValidation.Result county = this.validation.validate(List.of(row(3, ImportColumn.TITLE, "县级事项",
				ImportColumn.LEAD, "441704", ImportColumn.DEADLINE, "2026-12-31", ImportColumn.RESPONSIBLE, "陈立新")));
		assertThat(county.problems()).extracting(RowProblem::row, RowProblem::column)
			.as("a government below names its own when it signs")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "责任人"));
	}

	@Test
	void takesAUnitByItsFullNameAndATypeByItsWord() {
		RowValidation.Result result = this.validation.validate(List.of(row(3, ImportColumn.TITLE, "专项整治",
				ImportColumn.TYPE, "专项督查", ImportColumn.LEAD, "阳江市教育局", ImportColumn.DEADLINE, "2026/12/1")));
		assertThat(result.problems()).isEmpty();
		IssueTask command = result.tasks().get(0).command();
		assertThat(command.content().type()).isEqualTo(TaskType.SPECIAL);
		assertThat(command.assignees()).containsExactly(new IssueTask.Assignee("441700:jyj", AssignmentRole.LEAD));
		assertThat(command.content().deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void reportsEveryProblemOfEveryRowWithItsRowAndColumn() {
		RowValidation.Result result = this.validation.validate(
				List.of(good(2, "甲"), row(3, ImportColumn.LEAD, "441700:fgj", ImportColumn.DEADLINE, "2026-12-31"),
						row(4, ImportColumn.TITLE, "乙", ImportColumn.LEAD, "441700:nope", ImportColumn.CO, "441700:fgj",
								ImportColumn.DEADLINE, "2026-02-30"),
						row(5, ImportColumn.TITLE, "丙", ImportColumn.TYPE, "随便查查", ImportColumn.LEAD, "441700:fgj",
								ImportColumn.CO, "441700:fgj", ImportColumn.DEADLINE, "2026-11-27"),
						good(6, " 甲 "), good(7, "丁")));
		assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "事项名称"),
					org.assertj.core.groups.Tuple.tuple(4, "牵头单位"), org.assertj.core.groups.Tuple.tuple(4, "完成时限"),
					org.assertj.core.groups.Tuple.tuple(5, "督查类型"), org.assertj.core.groups.Tuple.tuple(5, "协办单位"),
					org.assertj.core.groups.Tuple.tuple(5, "完成时限"), org.assertj.core.groups.Tuple.tuple(6, "事项名称"));
		assertThat(result.problems()).extracting(RowProblem::message)
			.containsExactly("必填", "未知单位“441700:nope”：应为本级部门或下级政府的单位代码或全称（见“单位代码”表）",
					"“2026-02-30”不是有效日期（如 2026-12-31）", "“随便查查”不是督查类型；应为综合督查、专项督查、事件调查、日常督办或线索核查", "“441700:fgj”已是牵头单位",
					"2026-11-27早于今天（2026-11-28）", "与第2行的事项名称重复");
		assertThat(result.tasks()).extracting(RowValidation.Valid::row).containsExactly(2, 7);
	}

	@Test
	void refusesTheIssuerItselfTwoLeadsAndAmbiguousNames() {
		List<Unit> twins = new java.util.ArrayList<>(UNITS);
		twins.add(new Unit("441704:jyj", "教育局", "441704", false));
		twins.add(new Unit("441700:jy", "教育局", "441700", false));
		RowValidation.Result result = new RowValidation(twins, "441700", "441700:dcs", TODAY).validate(List.of(
				row(2, ImportColumn.TITLE, "一", ImportColumn.LEAD, "441700", ImportColumn.DEADLINE, "2026-12-31"),
				row(3, ImportColumn.TITLE, "二", ImportColumn.LEAD, "441700:dcs", ImportColumn.DEADLINE, "2026-12-31"),
				row(4, ImportColumn.TITLE, "三", ImportColumn.LEAD, "441700:fgj,441700:jyj", ImportColumn.DEADLINE,
						"2026-12-31"),
				row(5, ImportColumn.TITLE, "四", ImportColumn.LEAD, "教育局", ImportColumn.DEADLINE, "2026-12-31")));
		assertThat(result.problems()).extracting(RowProblem::row, RowProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "“441700”是交办方自身，不能承办"),
					org.assertj.core.groups.Tuple.tuple(3, "“441700:dcs”是交办方自身，不能承办"),
					org.assertj.core.groups.Tuple.tuple(4, "牵头单位只能有一个；其他单位请填入协办单位"),
					org.assertj.core.groups.Tuple.tuple(5, "“教育局”对应多个单位，请填写单位代码"));
		assertThat(result.tasks()).isEmpty();
	}

	@Test
	void refusesOverlongCellsAndMissingRequiredOnes() {
		RowValidation.Result result = this.validation.validate(List.of(row(2, ImportColumn.TITLE, "长".repeat(501),
				ImportColumn.CONTENT, "内".repeat(20001), ImportColumn.BASIS, "据".repeat(1001))));
		assertThat(result.problems()).extracting(RowProblem::column, RowProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("事项名称", "超过500字（501字）"),
					org.assertj.core.groups.Tuple.tuple("工作内容", "工作内容与工作要求合计超过20000字（20001字）"),
					org.assertj.core.groups.Tuple.tuple("依据", "超过1000字（1001字）"),
					org.assertj.core.groups.Tuple.tuple("牵头单位", "必填"),
					org.assertj.core.groups.Tuple.tuple("完成时限", "必填"));
	}

	@Test
	void readsTheDatesPeopleWrite() {
		assertThat(RowValidation.parseDate("2026-12-31")).contains(LocalDate.of(2026, 12, 31));
		assertThat(RowValidation.parseDate("2026-1-5")).contains(LocalDate.of(2026, 1, 5));
		assertThat(RowValidation.parseDate("2026/12/31")).contains(LocalDate.of(2026, 12, 31));
		assertThat(RowValidation.parseDate("2026.12.31")).contains(LocalDate.of(2026, 12, 31));
		assertThat(RowValidation.parseDate("2026年12月31日")).contains(LocalDate.of(2026, 12, 31));
		assertThat(RowValidation.parseDate("20261231")).contains(LocalDate.of(2026, 12, 31));
		assertThat(RowValidation.parseDate("2026-12-31 00:00:00")).contains(LocalDate.of(2026, 12, 31));
		assertThat(RowValidation.parseDate("2026-13-01")).isEmpty();
		assertThat(RowValidation.parseDate("年底前")).isEmpty();
		assertThat(RowValidation.parseDate("46022")).isEmpty();
	}

}
