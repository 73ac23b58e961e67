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
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ExtensionRequested;

import org.springframework.stereotype.Component;

/**
 * Records an assignee's request for a later deadline, as the assignee's node states it.
 */
@Component
class ExtensionRequestedHandler extends SingleEventHandler {

	private final LifecycleReplication replication;

	ExtensionRequestedHandler(LifecycleReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.EXTENSION_REQUESTED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT, Originator.namedBy("the assignee's node",
				(event) -> Unit.nodeOf(event.getExtensionRequested().getUnitCode())), "the assignment's unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ExtensionRequested requested = incoming.event().getExtensionRequested();
		try {
			this.replication.applyExtensionRequested(Wire.uuid(requested.getRequestId(), "extension request"),
					Wire.uuid(requested.getAssignmentId(), "assignment"), requested.getUnitCode(),
					incoming.originNode(), requested.getRequestedBy(), Wire.instant(requested.getRequestedAt()),
					Wire.date(requested.getCurrentDate()), Wire.date(requested.getRequestedDate()),
					requested.getReason());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
