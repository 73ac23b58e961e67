package org.ducha.node.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An announced plan that covers a unit in common with another one in an overlapping
 * period: what the warning of duplicate supervision shows.
 *
 * @param id the plan's id
 * @param planningNode the node that planned it
 * @param planningNodeName its name
 * @param title its title
 * @param startsOn first day
 * @param endsOn last day
 * @param commonUnits the codes of the units both plans inspect
 */
public record PlanSummary(UUID id, String planningNode, String planningNodeName, String title, LocalDate startsOn,
		LocalDate endsOn, List<String> commonUnits) {

	public PlanSummary {
		commonUnits = List.copyOf(commonUnits);
	}

}
