package org.ducha.node.contribution.federation;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.contribution.ContributionReplication;
import org.ducha.node.contribution.StatedContribution;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a co-unit's contribution sent up by its node towards the task's issuer
 * (originated by the co-unit's node, on the report channel); the issuer passes it on.
 */
@Component
class ContributionMadeHandler extends SingleEventHandler {

	private final ContributionReplication replication;

	private final AttachmentPushes pushes;

	ContributionMadeHandler(ContributionReplication replication, AttachmentPushes pushes) {
		this.replication = replication;
		this.pushes = pushes;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CONTRIBUTION_MADE;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the co-unit's node",
						(event) -> Unit.nodeOf(event.getContributionMade().getUnitCode())),
				"the contribution's unit and assignment");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		StatedContribution stated = ContributionWire.stated(incoming.event().getContributionMade());
		try {
			this.replication.applyMade(stated, incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
		// the bytes follow by their own service; a relay passes them on once they are
		// here
		List<AttachmentRef> attachments = stated.attachments();
		this.pushes.referenced(attachments, incoming.destinationNode());
	}

}
