package org.ducha.node.task;

/**
 * An assignee's part in a task.
 */
public enum AssignmentRole {

	/** 牵头/主办: answers for completion. */
	LEAD,

	/** 协办/责任单位. */
	CO

}
