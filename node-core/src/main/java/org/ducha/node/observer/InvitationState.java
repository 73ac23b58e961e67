package org.ducha.node.observer;

/**
 * Where an invitation stands on a given day.
 */
public enum InvitationState {

	/** Its first day has not come. */
	UPCOMING,

	/** The observer reads its object today. */
	ACTIVE,

	/** Its last day has passed. */
	ENDED,

	/** A supervisor withdrew it. */
	WITHDRAWN

}
