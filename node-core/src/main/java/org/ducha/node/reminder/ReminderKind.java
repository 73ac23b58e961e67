package org.ducha.node.reminder;

/**
 * Why a reminder was sent.
 */
public enum ReminderKind {

	/** A report or the deadline is due within a few working days. */
	DUE_SOON,

	/** A report or the deadline is overdue; repeated every few working days. */
	OVERDUE,

	/** A supervisor urged by hand. */
	MANUAL,

	/**
	 * The assignment was not signed within its signing limit (签收超时); repeated like an
	 * overdue reminder.
	 */
	CLAIM_OVERDUE

}
