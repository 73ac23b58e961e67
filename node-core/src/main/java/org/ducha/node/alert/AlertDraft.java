package org.ducha.node.alert;

/**
 * What an alert says and to whom.
 *
 * @param kind what it is about
 * @param toNode the receiving node
 * @param toUnit the receiving unit, or null for the node's government as a whole
 * @param taskId the task it concerns, if any
 * @param assignmentId the assignment it concerns, if any
 * @param title short title
 * @param message the text
 * @param coordinationReport the written coordination report a COORDINATION_REQUEST files,
 * or null
 */
public record AlertDraft(AlertKind kind, String toNode, String toUnit, String taskId, String assignmentId, String title,
		String message, CoordinationReport coordinationReport) {

	/** An alert without a written coordination report. */
	public AlertDraft(AlertKind kind, String toNode, String toUnit, String taskId, String assignmentId, String title,
			String message) {
		this(kind, toNode, toUnit, taskId, assignmentId, title, message, null);
	}

}
