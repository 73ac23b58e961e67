package org.ducha.node.task.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Records that an assignee signed, as its node states it, with the responsible person it
 * named (who must be of its unit).
 */
@Component
class AssignmentSignedHandler extends SingleEventHandler {

	private final TaskReplication replication;

	AssignmentSignedHandler(TaskReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ASSIGNMENT_SIGNED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT, Originator.namedBy("the assignee's node",
				(event) -> Unit.nodeOf(event.getAssignmentSigned().getUnitCode())), "the assignment's unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		AssignmentSigned signed = incoming.event().getAssignmentSigned();
		try {
			this.replication.applySigned(Wire.uuid(signed.getAssignmentId(), "assignment"), signed.getUnitCode(),
					incoming.originNode(), signed.getSignedBy(), Wire.instant(signed.getSignedAt()),
					signed.getAssigneeRevision(), SourceWire.fromWire(signed.getResponsible()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
