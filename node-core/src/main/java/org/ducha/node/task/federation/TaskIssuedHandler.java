package org.ducha.node.task.federation;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.Timestamp;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.EventHandler;
import org.ducha.node.federation.wire.AttachmentWire;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.ChangeNote;
import org.ducha.node.task.TaskCopy.AssignmentCopy;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskCopy;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.TaskIssued;

import org.springframework.stereotype.Component;

/**
 * Keeps a copy of a task issued above, with the assignments of the node it is addressed
 * to, and takes the issuer's later revisions and status changes; the task's documents are
 * fetched from the parent. A batch's copies are read and written together
 * (docs/architecture.md, "Set-based handlers").
 */
@Component
class TaskIssuedHandler implements EventHandler {

	private final TaskReplication replication;

	private final AttachmentPushes attachments;

	TaskIssuedHandler(TaskReplication replication, AttachmentPushes attachments) {
		this.replication = replication;
		this.attachments = attachments;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.TASK_ISSUED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the task's issuing node", (event) -> event.getTaskIssued().getIssuingNode()),
				"the issuing node and unit", "its number once issued");
	}

	@Override
	public void apply(List<IncomingEvent> events) {
		// every copy is read (and refused, if it must be) before anything is written
		List<TaskCopy> copies = new ArrayList<>(events.size());
		for (IncomingEvent incoming : events) {
			copies.add(copy(incoming));
		}
		this.replication.applyIssuedAll(copies);
		// the documents' bytes come down from the parent, fetched once they are needed
		// here
		copies.forEach((copy) -> this.attachments.fromParent(copy.attachments()));
	}

	private static TaskCopy copy(IncomingEvent incoming) {
		TaskIssued issued = incoming.event().getTaskIssued();
		List<AssignmentCopy> assignments = issued.getAssignmentsList()
			.stream()
			.map((spec) -> assignment(spec, incoming))
			.toList();
		List<AttachmentRef> documents = AttachmentWire.fromWire(issued.getAttachmentsList());
		return new TaskCopy(Wire.uuid(issued.getTaskId(), "task"), issued.getRevision(), issued.getNumber(),
				content(issued), issued.getIssuingNode(), issued.getIssuingUnit(), Wire.instant(issued.getIssuedAt()),
				Wire.orNull(issued.getIssuedBy()),
				note(issued.getRevisedBy(), issued.hasRevisedAt() ? issued.getRevisedAt() : null,
						issued.getRevisionReason()),
				TaskWire.status(issued.getStatus()), issued.getStatusRevision(), note(issued.getStatusChangedBy(),
						issued.hasStatusChangedAt() ? issued.getStatusChangedAt() : null, issued.getStatusReason()),
				assignments, documents);
	}

	private static TaskContent content(TaskIssued issued) {
		return new TaskContent(issued.getTitle(), Wire.orNull(issued.getContent()), Wire.orNull(issued.getGoal()),
				TaskWire.source(issued.getSource()), TaskWire.type(issued.getType()), Wire.orNull(issued.getBasis()),
				Wire.date(issued.getDeadline()), ScheduleWire.fromWire(issued.getSchedule()), issued.getPublished(),
				issued.getMeetingDate().isEmpty() ? null : Wire.date(issued.getMeetingDate()),
				issued.hasInstruction() ? SourceWire.fromWire(issued.getInstruction()) : null);
	}

	/** Who, when and why, as far as the issuer said; null when it said nothing. */
	private static ChangeNote note(String by, Timestamp at, String reason) {
		if (by.isEmpty() && at == null && reason.isEmpty()) {
			return null;
		}
		return new ChangeNote(Wire.orNull(by), (at != null) ? Wire.instant(at) : null, Wire.orNull(reason));
	}

	private static AssignmentCopy assignment(AssignmentSpec spec, IncomingEvent incoming) {
		if (!Unit.nodeOf(spec.getUnitCode()).equals(incoming.destinationNode())) {
			throw new ForbiddenEventException("a task addressed to node " + incoming.destinationNode()
					+ " carries an assignment of unit " + spec.getUnitCode());
		}
		return new AssignmentCopy(Wire.uuid(spec.getAssignmentId(), "assignment"), spec.getUnitCode(),
				TaskWire.role(spec.getRole()), spec.hasAssignedAt() ? Wire.instant(spec.getAssignedAt()) : null);
	}

}
