package org.ducha.node.task.federation;

import java.util.Optional;

import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AssignmentSigned;
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
	public Optional<String> subjectNode(Event event) {
		return Optional.of(Unit.nodeOf(event.getAssignmentSigned().getUnitCode()));
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
