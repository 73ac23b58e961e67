package org.ducha.node.federation.events;

import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.decomposition.ProgressRolledUp;
import org.ducha.node.decomposition.RollUp;
import org.ducha.node.decomposition.RollUpPart;
import org.ducha.node.decomposition.RollUpReplication;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Outbox;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.RolledUpPart;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Roll-ups of decomposed assignments (分解) on the wire: a new revision born here goes up
 * to the issuer of the decomposed assignment's task (report channel) in the transaction
 * that computed it; one stated by the assignee's node is kept here.
 */
@Component
class RollUpEvents extends SingleEventHandler {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final RollUpReplication replication;

	RollUpEvents(Outbox outbox, NodeIdentity self, RollUpReplication replication) {
		this.outbox = outbox;
		this.self = self;
		this.replication = replication;
	}

	@EventListener
	void on(ProgressRolledUp rolledUp) {
		if (rolledUp.issuingNode().equals(this.self.code())) {
			return;
		}
		RollUp rollUp = rolledUp.rollUp();
		org.ducha.proto.federation.v1.ProgressRolledUp.Builder message = org.ducha.proto.federation.v1.ProgressRolledUp
			.newBuilder()
			.setAssignmentId(rollUp.assignmentId())
			.setTaskId(rolledUp.taskId())
			.setUnitCode(rolledUp.unitCode())
			.setRevision(rollUp.revision())
			.setComputedAt(Wire.timestamp(rollUp.computedAt()));
		rollUp.parts().forEach((part) -> message.addParts(wire(part)));
		this.outbox.send(Channel.CHANNEL_REPORT, new Delivery(org.ducha.node.time.Ids.newId(), this.self.code(),
				rolledUp.issuingNode(), rollUp.computedAt(), Event.newBuilder().setProgressRolledUp(message).build()));
	}

	private static RolledUpPart wire(RollUpPart part) {
		RolledUpPart.Builder wire = RolledUpPart.newBuilder()
			.setSubTaskId(part.subTaskId())
			.setSubTaskNumber(Wire.text(part.subTaskNumber()))
			.setSubTaskTitle(Wire.text(part.subTaskTitle()))
			.setAssignmentId(part.assignmentId())
			.setUnitCode(part.unitCode())
			.setRole(Wire.role(AssignmentRole.valueOf(part.role())))
			.setStatus(part.status())
			.setPercentComplete(part.percentComplete())
			.setLight(Wire.text(part.light()))
			.setDueDate(part.dueDate().toString());
		if (part.lastReportedAt() != null) {
			wire.setLastReportedAt(Wire.timestamp(part.lastReportedAt()));
		}
		return wire.build();
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.PROGRESS_ROLLED_UP;
	}

	@Override
	public Optional<String> subjectNode(Event event) {
		return Optional.of(Unit.nodeOf(event.getProgressRolledUp().getUnitCode()));
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		org.ducha.proto.federation.v1.ProgressRolledUp message = incoming.event().getProgressRolledUp();
		RollUp rollUp = new RollUp(Ids.uuid(message.getAssignmentId(), "assignment"), message.getRevision(),
				Wire.instant(message.getComputedAt()),
				message.getPartsList().stream().map(RollUpEvents::part).toList());
		try {
			this.replication.apply(message.getUnitCode(), incoming.originNode(), rollUp);
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

	private static RollUpPart part(RolledUpPart part) {
		return new RollUpPart(Ids.uuid(part.getSubTaskId(), "sub-task"), Wire.orNull(part.getSubTaskNumber()),
				Wire.orNull(part.getSubTaskTitle()), Ids.uuid(part.getAssignmentId(), "assignment"), part.getUnitCode(),
				Wire.role(part.getRole()).name(), part.getStatus(), part.getPercentComplete(),
				Wire.orNull(part.getLight()), part.hasLastReportedAt() ? Wire.instant(part.getLastReportedAt()) : null,
				Wire.date(part.getDueDate()));
	}

}
