package org.ducha.node.observer;

/**
 * What an observer can be invited to.
 */
public enum TargetKind {

	/** A task (督办事项) held at this node. */
	TASK,

	/** An inspection plan (督查方案) held at this node. */
	INSPECTION_PLAN

}
