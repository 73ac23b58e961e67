package org.ducha.node.task.web;

import java.time.Instant;

import org.ducha.node.timeline.TimelineEntry;

/**
 * One entry of a task's timeline.
 *
 * @param occurredAt when
 * @param node the node where it happened
 * @param actor who
 * @param action what happened
 * @param assignmentId the assignment, for an assignment's transition
 * @param fromStatus the status before
 * @param toStatus the status after
 * @param reason why
 * @param detail anything else
 */
record TimelineEntryResponse(Instant occurredAt, String node, String actor, String action, String assignmentId,
		String fromStatus, String toStatus, String reason, String detail) {

	static TimelineEntryResponse of(TimelineEntry entry) {
		return new TimelineEntryResponse(entry.occurredAt(), entry.nodeCode(), entry.actor(), entry.action(),
				entry.assignmentId(), entry.fromStatus(), entry.toStatus(), entry.reason(), entry.detail());
	}

}
