package org.ducha.node.task;

import java.time.Instant;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.timeline.Timeline;
import org.ducha.node.timeline.TimelineEntry;

import org.springframework.stereotype.Component;

/**
 * Records each step of an assignment on its task's timeline, in the transaction of the
 * step: made here by a person (also in the audit trail), or learnt from the node that
 * made it, once.
 */
@Component
public class AssignmentHistory {

	private final Timeline timeline;

	private final AuditTrail audit;

	private final NodeIdentity self;

	AssignmentHistory(Timeline timeline, AuditTrail audit, NodeIdentity self) {
		this.timeline = timeline;
		this.audit = audit;
		this.self = self;
	}

	/**
	 * A step made here.
	 * @param action what happened, e.g. {@code SIGNED}
	 * @param from the status before
	 * @param reason why, if given
	 * @param detail anything else worth keeping, or null
	 */
	public void made(Assignment assignment, Actor actor, String action, AssignmentStatus from, String reason,
			String detail, Instant at) {
		this.timeline.record(entry(assignment, at, this.self.code(), actor.name(), action, from, reason, detail));
		StringBuilder text = new StringBuilder("assignment ").append(assignment.getId())
			.append(" of unit ")
			.append(assignment.getUnitCode())
			.append(": ")
			.append(from)
			.append(" → ")
			.append(assignment.getStatus());
		if (reason != null) {
			text.append("; reason: ").append(reason);
		}
		if (detail != null) {
			text.append("; ").append(detail);
		}
		this.audit.recordWithChange(AuditCategory.BUSINESS, "ASSIGNMENT_" + action, actor.subject(), null,
				text.toString());
	}

	/**
	 * A step made at another node, learnt with its event.
	 * @param node where it was made
	 * @param by who made it there
	 */
	public void learnt(Assignment assignment, String node, String by, Instant at, String action, AssignmentStatus from,
			String reason, String detail) {
		this.timeline.record(entry(assignment, at, node, by, action, from, reason, detail));
	}

	private static TimelineEntry entry(Assignment assignment, Instant at, String node, String by, String action,
			AssignmentStatus from, String reason, String detail) {
		AssignmentStatus to = assignment.getStatus();
		return TimelineEntry.ofAssignment(assignment.getTaskId(), assignment.getId(), at, node, by, action)
			.withStatus((from != to) ? from : null, (from != to) ? to : null)
			.withReason(reason)
			.withDetail(detail);
	}

}
