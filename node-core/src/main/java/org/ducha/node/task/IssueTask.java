package org.ducha.node.task;

import java.util.List;

import org.ducha.node.attachment.ChosenAttachment;

/**
 * A request to issue a task.
 *
 * @param content what the task says
 * @param assignees the units it is handed to, exactly one of them the lead
 * @param attachments the documents it carries, uploaded before
 */
public record IssueTask(TaskContent content, List<Assignee> assignees, List<ChosenAttachment> attachments) {

	/** A request without attachments. */
	public IssueTask(TaskContent content, List<Assignee> assignees) {
		this(content, assignees, List.of());
	}

	/**
	 * One assignee.
	 *
	 * @param unitCode the unit
	 * @param role lead or co-unit
	 * @param responsible its responsible person, named by the issuer for a department of
	 * its own node; null when the unit names one when signing
	 */
	public record Assignee(String unitCode, AssignmentRole role, ResponsiblePerson responsible) {

		/** An assignee whose responsible person its unit names. */
		public Assignee(String unitCode, AssignmentRole role) {
			this(unitCode, role, null);
		}

	}

}
