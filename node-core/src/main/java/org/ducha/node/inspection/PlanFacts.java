package org.ducha.node.inspection;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An inspection plan as stored at this node, for the findings and conclusions of it. A
 * copy received from another node carries no drafter, approver or team.
 *
 * @param id the plan's id
 * @param planningNode the node that planned it
 * @param unannounced whether it is an unannounced (四不两直) plan
 * @param status where it stands
 * @param objectUnitCodes the units inspected
 * @param draftedBy the supervisor who drafted it (null on a copy)
 * @param approvedBy the leader who approved it (null before, and on a copy)
 * @param team the usernames of the team (empty on a copy)
 * @param startsOn first day of the period
 * @param endsOn last day of the period
 */
public record PlanFacts(UUID id, String planningNode, boolean unannounced, PlanStatus status,
		List<String> objectUnitCodes, String draftedBy, String approvedBy, List<String> team, LocalDate startsOn,
		LocalDate endsOn) {

	public PlanFacts {
		objectUnitCodes = List.copyOf(objectUnitCodes);
		team = List.copyOf(team);
	}

	/**
	 * Whether anything about the plan may leave the planning node downward: an announced
	 * plan always, an unannounced one once carried out.
	 */
	public boolean revealed() {
		return !this.unannounced || this.status == PlanStatus.CARRIED_OUT || this.status == PlanStatus.CLOSED;
	}

	/**
	 * The drafter, the approver and the team: who may not review an objection to its
	 * conclusion.
	 */
	public Set<String> authors() {
		Set<String> authors = new LinkedHashSet<>();
		if (this.draftedBy != null) {
			authors.add(this.draftedBy);
		}
		if (this.approvedBy != null) {
			authors.add(this.approvedBy);
		}
		authors.addAll(this.team);
		return Set.copyOf(authors);
	}

}
