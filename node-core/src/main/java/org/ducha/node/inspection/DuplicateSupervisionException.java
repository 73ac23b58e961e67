package org.ducha.node.inspection;

import java.util.List;
import java.util.UUID;

import org.ducha.node.problem.ConflictException;

/**
 * A plan submitted without a reason while announced plans cover a unit in common in an
 * overlapping period (条例 Art. 15): the supervisor gives a reason or withdraws the draft.
 */
public class DuplicateSupervisionException extends ConflictException {

	private final transient List<PlanSummary> duplicates;

	DuplicateSupervisionException(UUID plan, List<PlanSummary> duplicates) {
		super("Inspection plan " + plan + " is DRAFT; announced plans cover a unit in common in an overlapping "
				+ "period (" + duplicates.stream().map(PlanSummary::title).toList()
				+ "): give a reason to go on, or withdraw the draft");
		this.duplicates = List.copyOf(duplicates);
	}

	public List<PlanSummary> duplicates() {
		return this.duplicates;
	}

}
