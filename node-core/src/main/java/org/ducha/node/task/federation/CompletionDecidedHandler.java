package org.ducha.node.task.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.proto.federation.v1.CompletionDecided;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Records the issuer's decision on a request to close an assignment, as the issuing node
 * states it.
 */
@Component
class CompletionDecidedHandler extends SingleEventHandler {

	private final LifecycleReplication replication;

	CompletionDecidedHandler(LifecycleReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.COMPLETION_DECIDED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the task's issuing node", (event) -> event.getCompletionDecided().getIssuingNode()),
				"the task's issuing node");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		CompletionDecided decided = incoming.event().getCompletionDecided();
		LifecycleWire.requireIssuerAsOrigin(decided.getIssuingNode(), incoming);
		try {
			this.replication.applyCompletionDecided(Wire.uuid(decided.getAssignmentId(), "assignment"),
					incoming.originNode(), decided.getApproved(), decided.getDecidedBy(),
					Wire.instant(decided.getDecidedAt()), Wire.orNull(decided.getReason()), decided.getLifecycleStep());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
