package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dashboard's counts.
 *
 * @param scope how far down the tree the counts reach
 * @param unitCode the caller's unit when the counts are limited to it, else null
 * @param asOf the day the lights and overdue figures refer to
 * @param tasks counts of tasks
 * @param assignments counts of assignments
 * @param units per unit, its open lead assignments by light, the most red first
 */
public record Summary(Extent scope, String unitCode, LocalDate asOf, TaskCounts tasks, AssignmentCounts assignments,
		List<UnitLights> units) {

	/**
	 * Counts of tasks. A task's light is the worst light of its open assignments in the
	 * scope; only tasks still being worked on (with an open assignment, on a task that is
	 * neither a draft nor closed, withdrawn or suspended) have one.
	 *
	 * @param total the tasks in the scope
	 * @param byStatus by the status at the issuer, every status named
	 * @param bySource by source, every source named
	 * @param byLight the tasks being worked on, by light
	 */
	public record TaskCounts(long total, Map<String, Long> byStatus, Map<String, Long> bySource,
			Map<String, Long> byLight) {
	}

	/**
	 * Counts of assignments.
	 *
	 * @param total the assignments in the scope
	 * @param open the lead units' assignments neither completed nor returned, on tasks
	 * being worked on (a co-unit's part is its contributions to the lead)
	 * @param byStatus all of them by status, every status named
	 * @param byLight the open lead assignments by light ({@code NONE} only when some have
	 * no light yet)
	 * @param claimOverdue assignments, lead or co, still waiting to be signed after their
	 * signing limit (签收超时), on tasks being worked on
	 */
	public record AssignmentCounts(long total, long open, Map<String, Long> byStatus, Map<String, Long> byLight,
			long claimOverdue) {
	}

	/**
	 * A unit's open assignments by light.
	 *
	 * @param unitCode the unit
	 * @param unitName its name (its code when this node does not know it)
	 * @param nodeCode the node it belongs to
	 * @param open its open assignments
	 * @param green on track
	 * @param yellow near a due date or lagging
	 * @param red overdue
	 */
	public record UnitLights(String unitCode, String unitName, String nodeCode, long open, long green, long yellow,
			long red) {
	}

}
