package org.ducha.node.inbox;

/**
 * What an inbox item stands for.
 */
public enum InboxSource {

	/** A reminder (催办). */
	REMINDER,

	/** An alert (提示 or 预警). */
	ALERT,

	/**
	 * An alert of this node that stayed unsigned past its limit, for the receiving unit's
	 * head and the node's supervisors.
	 */
	ESCALATION,

	/** A step of the accountability ladder about the unit (a notice, an interview …). */
	LADDER,

	/** A published bulletin (通报) naming the unit. */
	BULLETIN

}
