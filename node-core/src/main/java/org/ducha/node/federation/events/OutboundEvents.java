package org.ducha.node.federation.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeIdentity;
import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertAcknowledged;
import org.ducha.node.alert.AlertRaised;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.report.ProgressReported;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentSigned;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskChanged;
import org.ducha.node.task.TaskIssued;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the domain events born here to the nodes that must learn them, in the transaction
 * that produced them: a task, when issued and after each revision or status change, to
 * each node that holds one of its assignees (with only that node's assignments), an
 * assignee's facts to the task's issuer, an alert to its recipient and the signing back
 * to its sender. A report's attachments are queued for the pusher with it.
 */
@Component
class OutboundEvents {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final AttachmentPushes attachments;

	OutboundEvents(Outbox outbox, NodeIdentity self, AttachmentPushes attachments) {
		this.outbox = outbox;
		this.self = self;
		this.attachments = attachments;
	}

	@EventListener
	void on(TaskIssued issued) {
		sendTask(issued.task(), issued.assignments(), issued.task().getIssuedAt());
	}

	/**
	 * A revision or status change: the whole task again, to every node holding a copy.
	 */
	@EventListener
	void on(TaskChanged changed) {
		sendTask(changed.task(), changed.assignments(), changed.at());
	}

	private void sendTask(Task task, List<Assignment> all, java.time.Instant occurredAt) {
		Map<String, List<Assignment>> byNode = new LinkedHashMap<>();
		for (Assignment assignment : all) {
			if (!assignment.getUnitNode().equals(this.self.code())) {
				byNode.computeIfAbsent(assignment.getUnitNode(), (node) -> new java.util.ArrayList<>()).add(assignment);
			}
		}
		byNode.forEach((node, assignments) -> send(Channel.CHANNEL_TASK, node, occurredAt,
				EventTranslation.taskIssued(task, assignments)));
	}

	@EventListener
	void on(AssignmentSigned signed) {
		Assignment assignment = signed.assignment();
		if (!signed.issuingNode().equals(this.self.code())) {
			send(Channel.CHANNEL_REPORT, signed.issuingNode(), assignment.getSignedAt(),
					EventTranslation.assignmentSigned(assignment));
		}
	}

	@EventListener
	void on(ProgressReported reported) {
		if (!reported.issuingNode().equals(this.self.code())) {
			send(Channel.CHANNEL_REPORT, reported.issuingNode(), reported.report().getReportedAt(),
					EventTranslation.progressReported(reported.report(), reported.assigneeRevision()));
			this.attachments.sending(reported.report().attachments().stream().map(ReportAttachment::ref).toList(),
					reported.issuingNode());
		}
	}

	@EventListener
	void on(AlertRaised raised) {
		Alert alert = raised.alert();
		if (!alert.getToNode().equals(this.self.code())) {
			send(Channel.CHANNEL_ALERT, alert.getToNode(), alert.getRaisedAt(), EventTranslation.alertRaised(alert));
		}
	}

	@EventListener
	void on(AlertAcknowledged acknowledged) {
		Alert alert = acknowledged.alert();
		if (!alert.getFromNode().equals(this.self.code())) {
			send(Channel.CHANNEL_ALERT, alert.getFromNode(), alert.getAcknowledgedAt(),
					EventTranslation.alertAcknowledged(alert));
		}
	}

	private void send(Channel channel, String destination, java.time.Instant occurredAt, Event event) {
		this.outbox.send(channel, new Delivery(Ids.newId(), this.self.code(), destination, occurredAt, event));
	}

}
