package org.ducha.node.alert;

/**
 * Whether the recipient signed for an alert.
 */
public enum AlertStatus {

	OPEN, ACKNOWLEDGED

}
