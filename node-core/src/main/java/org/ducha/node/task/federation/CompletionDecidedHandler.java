package org.ducha.node.task.federation;

import java.util.Optional;

import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.LifecycleReplication;
import org.ducha.proto.federation.v1.CompletionDecided;
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
	public Optional<String> subjectNode(Event event) {
		return Optional.of(event.getCompletionDecided().getIssuingNode());
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
