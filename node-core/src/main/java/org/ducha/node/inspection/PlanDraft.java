package org.ducha.node.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a supervisor writes in a plan, as asked: the objects by unit code.
 *
 * @param title the plan's title
 * @param kind comprehensive, special or routine
 * @param methods how it inspects
 * @param startsOn first day
 * @param endsOn last day
 * @param objectUnitCodes the units of this node's subtree it inspects
 * @param team the usernames of the team
 * @param basis what it rests on
 * @param duplicateReason why it goes on although announced plans cover a common unit in
 * an overlapping period (optional)
 */
public record PlanDraft(String title, PlanKind kind, Set<InspectionMethod> methods, LocalDate startsOn,
		LocalDate endsOn, List<String> objectUnitCodes, List<String> team, PlanBasis basis, String duplicateReason) {

	public PlanDraft {
		methods = (methods != null) ? Set.copyOf(methods) : Set.of();
		objectUnitCodes = (objectUnitCodes != null) ? List.copyOf(objectUnitCodes) : List.of();
		team = (team != null) ? List.copyOf(team) : List.of();
	}

}
