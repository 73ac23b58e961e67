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
import org.ducha.proto.federation.v1.CompletionRequested;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Records that an assignee asked for its assignment to be closed, as the assignee's node
 * states it.
 */
@Component
class CompletionRequestedHandler extends SingleEventHandler {

	private final LifecycleReplication replication;

	CompletionRequestedHandler(LifecycleReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.COMPLETION_REQUESTED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT, Originator.namedBy("the assignee's node",
				(event) -> Unit.nodeOf(event.getCompletionRequested().getUnitCode())), "the assignment's unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		CompletionRequested requested = incoming.event().getCompletionRequested();
		try {
			this.replication.applyCompletionRequested(Wire.uuid(requested.getAssignmentId(), "assignment"),
					requested.getUnitCode(), incoming.originNode(), requested.getRequestedBy(),
					Wire.instant(requested.getRequestedAt()), Wire.orNull(requested.getEvidence()),
					requested.getLifecycleStep());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
