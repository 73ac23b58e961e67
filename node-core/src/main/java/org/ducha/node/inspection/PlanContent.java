package org.ducha.node.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an inspection plan says, edited while it is a draft.
 *
 * @param title the plan's title
 * @param kind comprehensive, special or routine
 * @param methods how it inspects; {@link InspectionMethod#UNANNOUNCED_VISITS} makes it
 * unannounced
 * @param startsOn first day of the period
 * @param endsOn last day of the period
 * @param objects the units inspected
 * @param team the usernames of the inspection team
 * @param basis what it rests on
 */
public record PlanContent(String title, PlanKind kind, Set<InspectionMethod> methods, LocalDate startsOn,
		LocalDate endsOn, List<PlanObject> objects, List<String> team, PlanBasis basis) {

	public PlanContent {
		methods = Set.copyOf(methods);
		objects = List.copyOf(objects);
		team = List.copyOf(team);
	}

	/** Whether the plan is an unannounced (四不两直) one. */
	public boolean unannounced() {
		return this.methods.contains(InspectionMethod.UNANNOUNCED_VISITS);
	}

	/** Whether its period shares a day with another one. */
	boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startsOn.isAfter(to) && !from.isAfter(this.endsOn);
	}

}
