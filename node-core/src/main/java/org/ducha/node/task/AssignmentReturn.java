package org.ducha.node.task;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * The assignee's return of a wrongly addressed assignment (退回): who, when and why, and
 * the assignment the issuer handed the task to instead, once it did.
 *
 * @param at when it was returned
 * @param by who returned it
 * @param reason why the assignment is not the unit's
 * @param replacedBy the assignment that took its place; null until reassigned
 */
public record AssignmentReturn(@Column("returned_at") Instant at, @Column("returned_by") String by,
		@Column("return_reason") String reason, @Column("replaced_by") String replacedBy) {

	/** The same return, reassigned to another assignment. */
	AssignmentReturn reassignedTo(String assignmentId) {
		return new AssignmentReturn(this.at, this.by, this.reason, assignmentId);
	}

}
