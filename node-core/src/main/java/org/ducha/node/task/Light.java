package org.ducha.node.task;

/**
 * Traffic light of an assignment (DOMAIN §5), in order of severity.
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
