package org.ducha.node.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeLevel;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.dashboard.DashboardQueries.OverdueRow;
import org.ducha.node.dashboard.DashboardQueries.SlotOutcomes;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards of this node, for whoever may read its tasks, exactly as far as the task
 * list lets them: the supervisors and leaders of this node and of the nodes above it see
 * every unit in the scope; the handlers and unit heads of this node see the same figures
 * limited to their own unit; anyone else is refused (an empty dashboard would read as
 * "all is well").
 * <p>
 * "Subtree" counts every assignment this node holds whose unit is this node's or belongs
 * to a government below it (the administrative tree), and every task with such an
 * assignment: the tasks issued here, and the copies of tasks issued above that concern
 * the subtree, with the signings and reports that came up from the assignees. Tasks a
 * lower government issued to its own departments stay at that government and are not
 * counted. "Node" counts only the assignments of this node's own units (its departments
 * and the government itself). The default is the subtree at a province or city and the
 * node at a county.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/** The highest rate first, nothing due last, ties by unit code. */
	private static final Comparator<SlotOutcomes> RANKING = (a, b) -> {
		long dueA = a.onTime() + a.late() + a.missing();
		long dueB = b.onTime() + b.late() + b.missing();
		if ((dueA == 0) != (dueB == 0)) {
			return (dueA == 0) ? 1 : -1;
		}
		if (dueA != 0) {
			// a.onTime / dueA against b.onTime / dueB, exactly
			int byRate = Long.compare(b.onTime() * dueA, a.onTime() * dueB);
			if (byRate != 0) {
				return byRate;
			}
		}
		return a.unitCode().compareTo(b.unitCode());
	};

	private final DashboardQueries queries;

	private final Tasks tasks;

	private final Directory directory;

	private final Units units;

	private final NodeIdentity self;

	private final WorkingCalendar calendar;

	private final ClaimOverdueQueries claims;

	Dashboards(DashboardQueries queries, Tasks tasks, Directory directory, Units units, NodeIdentity self,
			WorkingCalendar calendar, ClaimOverdueQueries claims) {
		this.claims = claims;
		this.queries = queries;
		this.tasks = tasks;
		this.directory = directory;
		this.units = units;
		this.self = self;
		this.calendar = calendar;
	}

	/** Counts of tasks and assignments by status, source and light, and per unit. */
	public Summary summary(Actor actor, Extent extent, TaskFilter filter) {
		DashboardScope scope = scopeFor(actor, extent);
		Map<String, Unit> known = knownUnits();
		LocalDate today = this.calendar.today();
		return SummaryTally.tally(scope, today, this.queries.taskGroups(scope, filter),
				this.queries.assignmentGroups(scope, filter), this.claims.count(scope, filter, today),
				(code) -> nameOf(known, code));
	}

	/**
	 * Assignments still waiting to be signed after their signing limit (签收超时), the one
	 * whose limit passed first first, with the working days since.
	 */
	public ClaimOverdueList claimOverdue(Actor actor, Extent extent, int page, int size) {
		DashboardScope scope = scopeFor(actor, extent);
		LocalDate today = this.calendar.today();
		CalendarData days = this.calendar.data();
		Map<String, Unit> known = knownUnits();
		List<ClaimOverdueAssignment> items = this.claims.page(scope, today, size, (long) page * size)
			.stream()
			.map((row) -> new ClaimOverdueAssignment(row.assignmentId(), row.taskId(), row.taskNumber(),
					row.taskTitle(), row.unitCode(), nameOf(known, row.unitCode()), row.unitNode(), row.role(),
					row.signBy(), days.workingDaysBetween(row.signBy(), today)))
			.toList();
		return new ClaimOverdueList(today, items, page, size, this.claims.count(scope, TaskFilter.NONE, today));
	}

	/**
	 * Each unit's report slots due in a window and its on-time rate, ranked: every unit
	 * in the scope with a lead assignment held here (not handed back), those with nothing
	 * due last. The lead unit's reports answer for a task; a co-unit's contributions to
	 * them are not ranked.
	 * @param from the window's first day; null for the 1st of January of the last day's
	 * year
	 * @param to the window's last day; null for today
	 */
	public OnTimeRates onTimeRates(Actor actor, Extent extent, LocalDate from, LocalDate to, int page, int size) {
		LocalDate today = this.calendar.today();
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.withDayOfYear(1);
		if (first.isAfter(last)) {
			throw new InvalidRequestException("Parameter 'from' (" + first + ") is after 'to' (" + last + ")");
		}
		DashboardScope scope = scopeFor(actor, extent);
		Map<String, String> unitNodes = this.queries.unitsWithAssignments(scope);
		Map<String, SlotOutcomes> outcomes = this.queries.slotOutcomes(scope, first, last, today);
		Set<String> codes = new HashSet<>(unitNodes.keySet());
		codes.addAll(outcomes.keySet());
		List<SlotOutcomes> ranked = codes.stream()
			.map((code) -> outcomes.getOrDefault(code, new SlotOutcomes(code, 0, 0, 0)))
			.sorted(RANKING)
			.toList();
		Map<String, Unit> known = knownUnits();
		List<UnitOnTime> items = new ArrayList<>();
		long skip = (long) page * size;
		for (int index = (int) Math.min(skip, ranked.size()); index < ranked.size() && items.size() < size; index++) {
			SlotOutcomes unit = ranked.get(index);
			long due = unit.onTime() + unit.late() + unit.missing();
			BigDecimal rate = (due == 0) ? null
					: BigDecimal.valueOf(unit.onTime()).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
			String node = unitNodes.getOrDefault(unit.unitCode(), Unit.nodeOf(unit.unitCode()));
			items.add(new UnitOnTime(index + 1, unit.unitCode(), nameOf(known, unit.unitCode()), node, due,
					unit.onTime(), unit.late(), unit.missing(), rate));
		}
		return new OnTimeRates(first, last, today, items, page, size, ranked.size());
	}

	/**
	 * Open lead assignments with an overdue unfilled report or past their task's
	 * deadline, the one overdue longest first, with the working days since.
	 */
	public OverdueList overdue(Actor actor, Extent extent, int page, int size) {
		DashboardScope scope = scopeFor(actor, extent);
		LocalDate today = this.calendar.today();
		CalendarData days = this.calendar.data();
		Map<String, Unit> known = knownUnits();
		List<OverdueAssignment> items = new ArrayList<>();
		DashboardQueries.OverduePage rows = this.queries.overdue(scope, today, size, (long) page * size);
		for (OverdueRow row : rows.rows()) {
			items.add(new OverdueAssignment(row.assignmentId(), row.taskId(), row.taskNumber(), row.taskTitle(),
					row.unitCode(), nameOf(known, row.unitCode()), row.unitNode(), row.status(), row.due(),
					row.byDeadline() ? "DEADLINE" : "REPORT", row.overdueReports(), row.deadline(),
					days.workingDaysBetween(row.due(), today)));
		}
		return new OverdueList(today, items, page, size, rows.total());
	}

	/** The scope a dashboard has when the caller names none. */
	public Extent defaultExtent() {
		return (this.self.level() == NodeLevel.COUNTY) ? Extent.NODE : Extent.SUBTREE;
	}

	/**
	 * What the caller may see of a scope, as far as {@code GET /api/v1/tasks} lets them.
	 * @param extent the scope asked for, or null for the default
	 */
	DashboardScope scopeFor(Actor actor, Extent extent) {
		Extent wanted = (extent != null) ? extent : defaultExtent();
		Set<String> nodes = new HashSet<>();
		nodes.add(this.self.code());
		if (wanted == Extent.SUBTREE) {
			this.directory.all().stream().map(DirectoryNode::code).forEach(nodes::add);
		}
		if (this.tasks.readsWholeNode(actor)) {
			return new DashboardScope(wanted, nodes, null);
		}
		if (this.tasks.isOfThisNode(actor) && actor.hasAny(Role.HANDLER, Role.UNIT_HEAD)) {
			return new DashboardScope(wanted, nodes, actor.unitCode());
		}
		throw new ForbiddenException("The dashboards of " + this.self.name()
				+ " are for its supervisors, leaders, handlers and unit heads, and the supervisors and leaders above it");
	}

	private Map<String, Unit> knownUnits() {
		return this.units.all().stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
	}

	private static String nameOf(Map<String, Unit> known, String code) {
		Unit unit = known.get(code);
		return (unit != null) ? unit.name() : code;
	}

}
