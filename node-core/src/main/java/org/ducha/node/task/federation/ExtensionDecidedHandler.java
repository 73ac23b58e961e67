package org.ducha.node.task.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ExtensionDecided;

import org.springframework.stereotype.Component;

/**
 * Records the issuer's decision on a request for a later deadline, as the issuing node
 * states it.
 */
@Component
class ExtensionDecidedHandler extends SingleEventHandler {

	private final LifecycleReplication replication;

	ExtensionDecidedHandler(LifecycleReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.EXTENSION_DECIDED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the task's issuing node", (event) -> event.getExtensionDecided().getIssuingNode()),
				"the task's issuing node", "the request it answers");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ExtensionDecided decided = incoming.event().getExtensionDecided();
		LifecycleWire.requireIssuerAsOrigin(decided.getIssuingNode(), incoming);
		try {
			this.replication.applyExtensionDecided(Wire.uuid(decided.getRequestId(), "extension request"),
					Wire.uuid(decided.getAssignmentId(), "assignment"), incoming.originNode(), decided.getApproved(),
					decided.getApproved() ? Wire.date(decided.getApprovedDate()) : null, decided.getDecidedBy(),
					Wire.instant(decided.getDecidedAt()), Wire.orNull(decided.getReason()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
