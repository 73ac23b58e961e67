package org.ducha.node.notify;

/**
 * Whom of a unit a message is for (docs/business-rules.md §8: the responsible handlers
 * and, when overdue, their unit head).
 */
public enum Audience {

	/** The unit's handlers (承办人). */
	HANDLERS,

	/** The unit's head (单位负责人). */
	UNIT_HEAD

}
