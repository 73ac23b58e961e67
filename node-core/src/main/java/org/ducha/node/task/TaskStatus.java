package org.ducha.node.task;

/**
 * Lifecycle of a task at its issuer (DOMAIN §4).
 */
public enum TaskStatus {

	DRAFT, PENDING_APPROVAL, ISSUED, IN_PROGRESS, CLOSED, WITHDRAWN, SUSPENDED

}
