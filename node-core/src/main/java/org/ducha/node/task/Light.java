package org.ducha.node.task;

/**
 * Traffic light of an assignment (docs/business-rules.md §7), in order of severity.
 */
public enum Light {

	/** On track. */
	GREEN,

	/** A due date is near, or progress lags the time elapsed. */
	YELLOW,

	/** Overdue. */
	RED;

	public Light worst(Light other) {
		return (other != null && other.ordinal() > ordinal()) ? other : this;
	}

}
