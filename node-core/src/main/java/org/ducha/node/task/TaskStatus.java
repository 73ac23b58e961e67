package org.ducha.node.task;

/**
 * Lifecycle of a task at its issuer (docs/business-rules.md §5.1): DRAFT →
 * PENDING_APPROVAL → ISSUED → IN_PROGRESS → CLOSED, or WITHDRAWN / SUSPENDED with a
 * reason.
 */
public enum TaskStatus {

	DRAFT, PENDING_APPROVAL, ISSUED, IN_PROGRESS, CLOSED, WITHDRAWN, SUSPENDED;

	/**
	 * Whether the task has been issued: drafts and tasks awaiting approval are not, and
	 * never leave their node.
	 */
	public boolean isIssued() {
		return this != DRAFT && this != PENDING_APPROVAL;
	}

	/**
	 * Whether the issuer stopped work on the task (withdrawn or suspended): its
	 * assignments can be neither signed nor reported on.
	 */
	public boolean isHalted() {
		return this == WITHDRAWN || this == SUSPENDED;
	}

}
