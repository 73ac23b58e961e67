package org.ducha.node.priority;

/**
 * What implements a priority.
 */
public enum TargetKind {

	/** A task of this node. */
	TASK,

	/** An inspection plan of this node. */
	PLAN

}
