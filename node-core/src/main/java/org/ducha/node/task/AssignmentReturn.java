package org.ducha.node.task;

import java.time.Instant;

/**
 * The assignee's return of a wrongly addressed assignment to its issuer (退回), and the
 * assignment that took its place once the issuer reassigned the task.
 *
 * @param returnedAt when
 * @param returnedBy who
 * @param returnReason why the assignment is not the unit's
 * @param replacedBy the assignment the issuer handed the task to instead; null until then
 */
public record AssignmentReturn(Instant returnedAt, String returnedBy, String returnReason, String replacedBy) {

	AssignmentReturn withReplacement(String assignmentId) {
		return new AssignmentReturn(this.returnedAt, this.returnedBy, this.returnReason, assignmentId);
	}

}
