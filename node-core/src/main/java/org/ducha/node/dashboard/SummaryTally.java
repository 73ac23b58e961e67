package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ducha.node.dashboard.DashboardQueries.AssignmentGroup;
import org.ducha.node.dashboard.DashboardQueries.TaskGroup;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.Light;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskStatus;

/**
 * Adds the groups the queries return up into a summary. Every status, source and light is
 * named, with zero when nothing has it; a status or light stored under a name the enums
 * lack (a newer lifecycle) is counted under that name.
 */
final class SummaryTally {

	private static final String NO_LIGHT = "NONE";

	/** The most red first, then the most yellow, then by unit code. */
	private static final Comparator<Summary.UnitLights> WORST_FIRST = Comparator.comparingLong(Summary.UnitLights::red)
		.reversed()
		.thenComparing(Comparator.comparingLong(Summary.UnitLights::yellow).reversed())
		.thenComparing(Summary.UnitLights::unitCode);

	private SummaryTally() {
	}

	static Summary tally(DashboardScope scope, LocalDate asOf, List<TaskGroup> tasks, List<AssignmentGroup> assignments,
			long claimOverdue, Function<String, String> unitNames) {
		return new Summary(scope.extent(), scope.unitCode(), asOf, taskCounts(tasks),
				assignmentCounts(assignments, claimOverdue), perUnit(assignments, unitNames));
	}

	private static Summary.TaskCounts taskCounts(List<TaskGroup> groups) {
		Map<String, Long> byStatus = zeros(TaskStatus.values());
		Map<String, Long> bySource = zeros(TaskSource.values());
		Map<String, Long> byLight = zeros(Light.values());
		long total = 0;
		for (TaskGroup group : groups) {
			byStatus.merge(group.status(), group.count(), Long::sum);
			bySource.merge(group.source(), group.count(), Long::sum);
			if (group.workedOn()) {
				byLight.merge((group.light() != null) ? group.light().name() : NO_LIGHT, group.count(), Long::sum);
			}
			total += group.count();
		}
		return new Summary.TaskCounts(total, byStatus, bySource, byLight);
	}

	private static Summary.AssignmentCounts assignmentCounts(List<AssignmentGroup> groups, long claimOverdue) {
		Map<String, Long> byStatus = zeros(AssignmentStatus.values());
		Map<String, Long> byLight = zeros(Light.values());
		long total = 0;
		long open = 0;
		for (AssignmentGroup group : groups) {
			byStatus.merge(group.status(), group.count(), Long::sum);
			total += group.count();
			if (group.open() && group.lead()) {
				open += group.count();
				byLight.merge((group.light() != null) ? group.light() : NO_LIGHT, group.count(), Long::sum);
			}
		}
		return new Summary.AssignmentCounts(total, open, byStatus, byLight, claimOverdue);
	}

	private static List<Summary.UnitLights> perUnit(List<AssignmentGroup> groups, Function<String, String> unitNames) {
		Map<String, Summary.UnitLights> units = new LinkedHashMap<>();
		for (AssignmentGroup group : groups) {
			if (!group.open() || !group.lead()) {
				continue;
			}
			long count = group.count();
			String light = (group.light() != null) ? group.light() : NO_LIGHT;
			Summary.UnitLights added = new Summary.UnitLights(group.unitCode(), null, group.unitNode(), count,
					Light.GREEN.name().equals(light) ? count : 0, Light.YELLOW.name().equals(light) ? count : 0,
					Light.RED.name().equals(light) ? count : 0);
			units.merge(group.unitCode(), added, SummaryTally::plus);
		}
		List<Summary.UnitLights> named = new ArrayList<>();
		for (Summary.UnitLights unit : units.values()) {
			named.add(new Summary.UnitLights(unit.unitCode(), unitNames.apply(unit.unitCode()), unit.nodeCode(),
					unit.open(), unit.green(), unit.yellow(), unit.red()));
		}
		named.sort(WORST_FIRST);
		return named;
	}

	private static Summary.UnitLights plus(Summary.UnitLights a, Summary.UnitLights b) {
		return new Summary.UnitLights(a.unitCode(), a.unitName(), a.nodeCode(), a.open() + b.open(),
				a.green() + b.green(), a.yellow() + b.yellow(), a.red() + b.red());
	}

	private static Map<String, Long> zeros(Enum<?>[] values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			counts.put(value.name(), 0L);
		}
		return counts;
	}

}
