package org.ducha.node.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One transition on a task's timeline.
 *
 * @param taskId the task
 * @param assignmentId the assignment, when the transition is one of an assignment
 * @param occurredAt when it happened, at the node where it happened
 * @param nodeCode the node where it happened
 * @param actor who did it (a display name, or {@code system})
 * @param action what happened, e.g. {@code SUBMITTED}, {@code WITHDRAWN}
 * @param fromStatus the status before, if the transition changed one
 * @param toStatus the status after, if the transition changed one
 * @param reason why, when a reason was given
 * @param detail anything else worth reading back
 */
public record TimelineEntry(String taskId, String assignmentId, Instant occurredAt, String nodeCode, String actor,
		String action, String fromStatus, String toStatus, String reason, String detail) {

	public TimelineEntry {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(nodeCode, "nodeCode");
		Objects.requireNonNull(action, "action");
	}

	/**
	 * An entry of a task's own transition; add the rest with the {@code with…} methods.
	 */
	public static TimelineEntry ofTask(String taskId, Instant occurredAt, String nodeCode, String actor,
			String action) {
		return new TimelineEntry(taskId, null, occurredAt, nodeCode, actor, action, null, null, null, null);
	}

	/** An entry of an assignment's transition. */
	public static TimelineEntry ofAssignment(String taskId, String assignmentId, Instant occurredAt, String nodeCode,
			String actor, String action) {
		return new TimelineEntry(taskId, assignmentId, occurredAt, nodeCode, actor, action, null, null, null, null);
	}

	/** The same entry with the status it moved from and to. */
	public TimelineEntry withStatus(Object from, Object to) {
		return new TimelineEntry(this.taskId, this.assignmentId, this.occurredAt, this.nodeCode, this.actor,
				this.action, (from != null) ? from.toString() : null, (to != null) ? to.toString() : null, this.reason,
				this.detail);
	}

	/** The same entry with its reason. */
	public TimelineEntry withReason(String reason) {
		return new TimelineEntry(this.taskId, this.assignmentId, this.occurredAt, this.nodeCode, this.actor,
				this.action, this.fromStatus, this.toStatus, reason, this.detail);
	}

	/** The same entry with a detail. */
	public TimelineEntry withDetail(String detail) {
		return new TimelineEntry(this.taskId, this.assignmentId, this.occurredAt, this.nodeCode, this.actor,
				this.action, this.fromStatus, this.toStatus, this.reason, detail);
	}

}
