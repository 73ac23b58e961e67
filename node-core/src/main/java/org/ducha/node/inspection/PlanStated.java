package org.ducha.node.inspection;

/**
 * One of this node's plans reached a step other nodes may know of: an announced plan
 * approved, any plan carried out or closed. The federation carries it to the nodes of its
 * objects and up to the root. Never published for an unannounced plan before it is
 * carried out.
 *
 * @param plan the plan as it now stands
 */
public record PlanStated(InspectionPlan plan) {

	public PlanStated {
		if (!plan.revealed()) {
			throw new IllegalStateException(
					"Unannounced plan " + plan.id() + " is not stated before it is carried out");
		}
	}

}
