package org.ducha.node.task.federation;

import java.util.List;
import java.util.Optional;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.AttachmentWire;
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
 * states it, with the documents of its evidence (whose bytes follow to the issuer).
 */
@Component
class CompletionRequestedHandler extends SingleEventHandler {

	private final LifecycleReplication replication;

	private final AttachmentPushes pushes;

	CompletionRequestedHandler(LifecycleReplication replication, AttachmentPushes pushes) {
		this.replication = replication;
		this.pushes = pushes;
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
		List<AttachmentRef> attachments = AttachmentWire.fromWire(requested.getAttachmentsList());
		try {
			this.replication.applyCompletionRequested(Wire.uuid(requested.getAssignmentId(), "assignment"),
					requested.getUnitCode(), incoming.originNode(), requested.getRequestedBy(),
					Wire.instant(requested.getRequestedAt()), Wire.orNull(requested.getEvidence()),
					requested.getLifecycleStep(), attachments);
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
		// the evidence's bytes follow by their own service; a relay passes them on
		this.pushes.referenced(attachments, incoming.destinationNode());
	}

}
