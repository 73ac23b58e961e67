package org.ducha.node.task.federation;

import java.util.Optional;

import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.CompletionRequested;
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
	public Optional<String> subjectNode(Event event) {
		return Optional.of(Unit.nodeOf(event.getCompletionRequested().getUnitCode()));
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
