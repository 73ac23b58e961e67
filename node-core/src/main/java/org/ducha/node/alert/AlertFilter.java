package org.ducha.node.alert;

/**
 * What a list of alerts is narrowed to; a null member does not narrow.
 *
 * @param direction DOWN or UP
 * @param kind what the alerts are about
 * @param status OPEN, ESCALATED or ACKNOWLEDGED
 * @param taskId the task they concern
 */
public record AlertFilter(AlertDirection direction, AlertKind kind, AlertStatus status, String taskId) {

	/** No filter. */
	public static final AlertFilter NONE = new AlertFilter(null, null, null, null);

}
