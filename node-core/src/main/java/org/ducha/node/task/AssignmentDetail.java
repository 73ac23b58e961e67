package org.ducha.node.task;

import java.time.LocalDate;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * An assignment with what its page shows beside it: its original deadline (the task's, as
 * issued or as revised since: kept for assessment) and the evidence of its latest
 * completion request.
 *
 * @param assignment the assignment
 * @param originalDeadline the deadline it was issued with (or revised to)
 * @param evidence the attachments of its latest completion request that carried any
 */
public record AssignmentDetail(Assignment assignment, LocalDate originalDeadline, List<AttachmentRef> evidence) {

	/** The deadline in force: an approved extension's, else the original. */
	public LocalDate dueDate() {
		return this.assignment.deadline(this.originalDeadline);
	}

}
