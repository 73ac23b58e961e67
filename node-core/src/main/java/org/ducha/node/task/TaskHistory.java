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
 * Records each transition of a task on its timeline — and, when made here by a person, in
 * the audit trail — in the transaction of the transition.
 */
@Component
class TaskHistory {

	private final Timeline timeline;

	private final AuditTrail audit;

	private final NodeIdentity self;

	TaskHistory(Timeline timeline, AuditTrail audit, NodeIdentity self) {
		this.timeline = timeline;
		this.audit = audit;
		this.self = self;
	}

	/**
	 * A transition made here.
	 * @param action what happened, e.g. {@code SUBMITTED}
	 * @param from the status before
	 * @param to the status after; null when the task is gone
	 * @param reason why, if given
	 * @param detail anything else worth keeping, or null
	 */
	void made(Task task, Actor actor, String action, TaskStatus from, TaskStatus to, String reason, String detail,
			Instant at) {
		this.timeline.record(TimelineEntry.ofTask(task.getId(), at, this.self.code(), actor.name(), action)
			.withStatus(from, to)
			.withReason(reason)
			.withDetail(detail));
		StringBuilder text = new StringBuilder("task ").append(task.getId());
		if (task.getNumber() != null) {
			text.append(" (").append(task.getNumber()).append(')');
		}
		text.append(": ").append(from).append(" → ").append(to);
		if (reason != null) {
			text.append("; reason: ").append(reason);
		}
		if (detail != null) {
			text.append("; ").append(detail);
		}
		this.audit.recordWithChange(AuditCategory.BUSINESS, "TASK_" + action, actor.subject(), null, text.toString());
	}

	/**
	 * A transition made at the issuer, learnt with the copy.
	 * @param note who made it there, when and why, as far as the issuer said
	 */
	void learnt(Task task, String action, TaskStatus from, TaskStatus to, ChangeNote note, String detail, Instant now) {
		this.timeline.record(learntEntry(task, action, from, to, note, detail, now));
	}

	/**
	 * The entry of a transition made at the issuer, for a caller that writes a batch's
	 * entries at once.
	 */
	static TimelineEntry learntEntry(Task task, String action, TaskStatus from, TaskStatus to, ChangeNote note,
			String detail, Instant now) {
		ChangeNote said = (note != null) ? note : new ChangeNote(null, null, null);
		return TimelineEntry
			.ofTask(task.getId(), (said.at() != null) ? said.at() : now, task.getIssuingNode(), said.by(), action)
			.withStatus(from, to)
			.withReason(said.reason())
			.withDetail(detail);
	}

	/** The timeline action of a status change. */
	static String statusAction(TaskStatus from, TaskStatus to) {
		if (to == TaskStatus.WITHDRAWN || to == TaskStatus.SUSPENDED) {
			return to.name();
		}
		return (from == TaskStatus.SUSPENDED) ? "RESUMED" : "STATUS_CHANGED";
	}

}
