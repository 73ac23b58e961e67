package org.ducha.node.task.federation;

import java.util.Optional;

import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AssignmentReturned;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Records that an assignee returned its assignment (退回), as the assignee's node states
 * it.
 */
@Component
class AssignmentReturnedHandler extends SingleEventHandler {

	private final LifecycleReplication replication;

	AssignmentReturnedHandler(LifecycleReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ASSIGNMENT_RETURNED;
	}

	@Override
	public Optional<String> subjectNode(Event event) {
		return Optional.of(Unit.nodeOf(event.getAssignmentReturned().getUnitCode()));
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		AssignmentReturned returned = incoming.event().getAssignmentReturned();
		try {
			this.replication.applyReturned(Wire.uuid(returned.getAssignmentId(), "assignment"), returned.getUnitCode(),
					incoming.originNode(), returned.getReturnedBy(), Wire.instant(returned.getReturnedAt()),
					Wire.orNull(returned.getReason()), returned.getLifecycleStep());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
