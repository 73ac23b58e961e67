package org.ducha.node.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ducha.node.problem.InvalidRowsException.RowProblem;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.unit.Unit;

/**
 * Checks every row of a task list before anything is imported, and finds every problem:
 * required cells, lengths, units known here and assignable by the caller, dates valid and
 * not past, titles not repeated within the file. A valid row becomes the same command as
 * a task registered by hand, its source annual key work.
 */
final class RowValidation {

	static final int MAX_TITLE = 500;

	static final int MAX_CONTENT = 20000;

	static final int MAX_BASIS = 1000;

	/** A task's assignees at most, lead included (as {@code POST /api/v1/tasks}). */
	static final int MAX_ASSIGNEES = 200;

	private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private final Map<String, Unit> byCode = new HashMap<>();

	private final Map<String, List<Unit>> byName = new HashMap<>();

	private final String selfCode;

	private final String callerUnit;

	private final LocalDate today;

	/**
	 * @param units the units this node knows (its departments, itself, the governments
	 * below it)
	 * @param selfCode this node's code (its government is not assigned to)
	 * @param callerUnit the caller's unit (not assigned to either)
	 * @param today today at this node
	 */
	RowValidation(Collection<Unit> units, String selfCode, String callerUnit, LocalDate today) {
		for (Unit unit : units) {
			this.byCode.put(unit.code(), unit);
			this.byName.computeIfAbsent(unit.name(), (name) -> new ArrayList<>()).add(unit);
		}
		this.selfCode = selfCode;
		this.callerUnit = callerUnit;
		this.today = today;
	}

	/**
	 * A row that passed, as the command that issues it.
	 *
	 * @param row its row number
	 * @param title its title (for the answer)
	 * @param command the command
	 */
	record Valid(int row, String title, IssueTask command) {
	}

	/**
	 * The outcome: the commands if there is no problem.
	 *
	 * @param tasks one command per valid row
	 * @param problems every problem found, in row order
	 */
	record Result(List<Valid> tasks, List<RowProblem> problems) {
	}

	Result validate(List<SheetRow> rows) {
		List<Valid> tasks = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> titles = new HashMap<>();
		for (SheetRow row : rows) {
			Problems found = new Problems(row.number(), problems);
			String title = title(row, found, titles);
			String content = content(row, found);
			String basis = row.get(ImportColumn.BASIS);
			if (basis != null && basis.length() > MAX_BASIS) {
				found.add(ImportColumn.BASIS, "超过" + MAX_BASIS + "字（" + basis.length() + "字）");
			}
			String goal = row.get(ImportColumn.GOAL);
			if (goal != null && goal.length() > MAX_CONTENT) {
				found.add(ImportColumn.GOAL, "超过" + MAX_CONTENT + "字（" + goal.length() + "字）");
			}
			TaskType type = type(row, found);
			List<IssueTask.Assignee> assignees = PersonCell.withLeadResponsible(assignees(row, found),
					row.get(ImportColumn.RESPONSIBLE), this.selfCode,
					(message) -> found.add(ImportColumn.RESPONSIBLE, message));
			LocalDate deadline = deadline(row, found);
			if (found.none()) {
				tasks.add(new Valid(row.number(), title, new IssueTask(
						new TaskContent(title, content, TaskSource.ANNUAL_KEY_WORK, type, basis, deadline).aiming(goal),
						assignees)));
			}
		}
		return new Result(List.copyOf(tasks), List.copyOf(problems));
	}

	private static String title(SheetRow row, Problems found, Map<String, Integer> titles) {
		String title = row.get(ImportColumn.TITLE);
		if (title == null) {
			found.add(ImportColumn.TITLE, "必填");
			return null;
		}
		if (title.length() > MAX_TITLE) {
			found.add(ImportColumn.TITLE, "超过" + MAX_TITLE + "字（" + title.length() + "字）");
		}
		Integer first = titles.putIfAbsent(title.replaceAll("\\s+", ""), row.number());
		if (first != null) {
			found.add(ImportColumn.TITLE, "与第" + first + "行的事项名称重复");
		}
		return title;
	}

	/** The content, with the requirements after it under their own heading. */
	private static String content(SheetRow row, Problems found) {
		String content = row.get(ImportColumn.CONTENT);
		String requirements = row.get(ImportColumn.REQUIREMENTS);
		String all = (requirements == null) ? content
				: ((content == null) ? "" : content + "\n\n") + "工作要求：" + requirements;
		if (all != null && all.length() > MAX_CONTENT) {
			found.add(ImportColumn.CONTENT, "工作内容与工作要求合计超过" + MAX_CONTENT + "字（" + all.length() + "字）");
		}
		return all;
	}

	private static TaskType type(SheetRow row, Problems found) {
		String text = row.get(ImportColumn.TYPE);
		if (text == null) {
			return TaskType.ROUTINE;
		}
		Optional<TaskType> type = Labels.typeOf(text);
		if (type.isEmpty()) {
			found.add(ImportColumn.TYPE, "“" + text + "”不是督查类型；应为综合督查、专项督查、事件调查、日常督办或线索核查");
			return null;
		}
		return type.get();
	}

	private List<IssueTask.Assignee> assignees(SheetRow row, Problems found) {
		List<IssueTask.Assignee> assignees = new ArrayList<>();
		String leadText = row.get(ImportColumn.LEAD);
		Unit lead = null;
		if (leadText == null) {
			found.add(ImportColumn.LEAD, "必填");
		}
		else if (split(leadText).size() > 1) {
			found.add(ImportColumn.LEAD, "牵头单位只能有一个；其他单位请填入协办单位");
		}
		else {
			lead = unit(leadText, ImportColumn.LEAD, found);
			if (lead != null) {
				assignees.add(new IssueTask.Assignee(lead.code(), AssignmentRole.LEAD));
			}
		}
		String coText = row.get(ImportColumn.CO);
		Set<String> seen = new LinkedHashSet<>();
		for (String name : (coText != null) ? split(coText) : List.<String>of()) {
			Unit co = unit(name, ImportColumn.CO, found);
			if (co == null) {
				continue;
			}
			if (lead != null && co.code().equals(lead.code())) {
				found.add(ImportColumn.CO, "“" + name + "”已是牵头单位");
			}
			else if (!seen.add(co.code())) {
				found.add(ImportColumn.CO, "“" + name + "”重复");
			}
			else {
				assignees.add(new IssueTask.Assignee(co.code(), AssignmentRole.CO));
			}
		}
		if (seen.size() + 1 > MAX_ASSIGNEES) {
			found.add(ImportColumn.CO, "协办单位过多（" + seen.size() + "个，至多" + (MAX_ASSIGNEES - 1) + "个）");
		}
		return assignees;
	}

	/** A unit by its code or its full name, if this node may assign to it. */
	private Unit unit(String text, ImportColumn column, Problems found) {
		Unit unit = this.byCode.get(text);
		if (unit == null) {
			List<Unit> named = this.byName.getOrDefault(text, List.of());
			if (named.size() > 1) {
				found.add(column, "“" + text + "”对应多个单位，请填写单位代码");
				return null;
			}
			unit = named.isEmpty() ? null : named.get(0);
		}
		if (unit == null) {
			found.add(column, "未知单位“" + text + "”：应为本级部门或下级政府的单位代码或全称（见“单位代码”表）");
			return null;
		}
		if (unit.code().equals(this.selfCode) || unit.code().equals(this.callerUnit)) {
			found.add(column, "“" + text + "”是交办方自身，不能承办");
			return null;
		}
		return unit;
	}

	private LocalDate deadline(SheetRow row, Problems found) {
		String text = row.get(ImportColumn.DEADLINE);
		if (text == null) {
			found.add(ImportColumn.DEADLINE, "必填");
			return null;
		}
		Optional<LocalDate> date = parseDate(text);
		if (date.isEmpty()) {
			found.add(ImportColumn.DEADLINE, "“" + text + "”不是有效日期（如 2026-12-31）");
			return null;
		}
		if (date.get().isBefore(this.today)) {
			found.add(ImportColumn.DEADLINE, date.get() + "早于今天（" + this.today + "）");
			return null;
		}
		return date.get();
	}

	/**
	 * A date as people write it: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日,
	 * 20261231.
	 */
	static Optional<LocalDate> parseDate(String text) {
		Matcher matcher = DATE.matcher(text);
		if (!matcher.matches()) {
			matcher = COMPACT_DATE.matcher(text);
			if (!matcher.matches()) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static List<String> split(String text) {
		return SEPARATORS.splitAsStream(text).filter((part) -> !part.isEmpty()).toList();
	}

	/** The problems of one row, added to all of them. */
	private static final class Problems {

		private final int row;

		private final List<RowProblem> all;

		private int count;

		Problems(int row, List<RowProblem> all) {
			this.row = row;
			this.all = all;
		}

		void add(ImportColumn column, String message) {
			this.all.add(new RowProblem(this.row, column.header(), message));
			this.count++;
		}

		boolean none() {
			return this.count == 0;
		}

	}

}
