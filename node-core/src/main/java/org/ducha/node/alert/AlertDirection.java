package org.ducha.node.alert;

/**
 * Which way an alert travels.
 */
public enum AlertDirection {

	/** 提示: to a lower node (or within this node). */
	DOWN,

	/** 预警: to a higher node. */
	UP

}
