package org.ducha.node.task.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.AssignmentReturned;
import org.ducha.proto.federation.v1.Channel;
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
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT, Originator.namedBy("the assignee's node",
				(event) -> Unit.nodeOf(event.getAssignmentReturned().getUnitCode())), "the assignment's unit");
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
