package org.ducha.node.inspection;

/**
 * Where an inspection plan stands.
 */
public enum PlanStatus {

	/** Drafted by a supervisor; may be edited, submitted or withdrawn. */
	DRAFT,

	/** Submitted; waits for a leader to approve it or send it back. */
	AWAITING_APPROVAL,

	/** Approved by a leader; the inspection may run. */
	APPROVED,

	/** The inspection took place; an unannounced plan is revealed from now on. */
	CARRIED_OUT,

	/** Finished. */
	CLOSED,

	/** A draft given up by its supervisor. */
	WITHDRAWN

}
