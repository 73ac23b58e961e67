package org.ducha.node.inspection;

import java.util.List;

/**
 * A plan with the warning of duplicate supervision that concerns it while it is still its
 * planner's to decide on (a draft or a plan awaiting approval).
 *
 * @param plan the plan
 * @param duplicates the announced plans that inspect a unit in common in an overlapping
 * period
 */
public record PlanDetail(InspectionPlan plan, List<PlanSummary> duplicates) {

	public PlanDetail {
		duplicates = List.copyOf(duplicates);
	}

}
