package org.ducha.node.task;

/**
 * Lifecycle of an assignment (docs/business-rules.md §6.1). Overdue is derived, never a
 * status.
 */
public enum AssignmentStatus {

	PENDING_SIGN, SIGNED, REPORTING, COMPLETION_REQUESTED, COMPLETED, RETURNED

}
