package org.ducha.node.alert;

/**
 * Whether the recipient signed for an alert. ESCALATED is known only at the recipient's
 * node: the alert stayed unsigned past its limit and its recipient's head and supervisors
 * were told; it can still be signed for.
 */
public enum AlertStatus {

	OPEN, ESCALATED, ACKNOWLEDGED

}
