package org.ducha.node.task.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
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
 * Sends a task born here, in the transaction that issued, revised or changed it, to each
 * node that holds one of its assignees (with only that node's assignments), and an
 * assignee's signing to the task's issuer.
 */
@Component
class TaskSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	TaskSending(Outbox outbox, NodeIdentity self) {
		this.outbox = outbox;
		this.self = self;
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

	private void sendTask(Task task, List<Assignment> all, Instant occurredAt) {
		Map<String, List<Assignment>> byNode = new LinkedHashMap<>();
		for (Assignment assignment : all) {
			if (!assignment.getUnitNode().equals(this.self.code())) {
				byNode.computeIfAbsent(assignment.getUnitNode(), (node) -> new ArrayList<>()).add(assignment);
			}
		}
		byNode.forEach((node, assignments) -> send(Channel.CHANNEL_TASK, node, occurredAt,
				TaskWire.taskIssued(task, assignments)));
	}

	@EventListener
	void on(AssignmentSigned signed) {
		Assignment assignment = signed.assignment();
		if (!signed.issuingNode().equals(this.self.code())) {
			send(Channel.CHANNEL_REPORT, signed.issuingNode(), assignment.getSignedAt(),
					TaskWire.assignmentSigned(assignment));
		}
	}

	private void send(Channel channel, String destination, Instant occurredAt, Event event) {
		this.outbox.send(channel, new Delivery(Ids.newId(), this.self.code(), destination, occurredAt, event));
	}

}
