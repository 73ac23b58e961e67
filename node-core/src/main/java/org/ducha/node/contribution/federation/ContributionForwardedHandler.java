package org.ducha.node.contribution.federation;

import org.ducha.node.contribution.ContributionReplication;
import org.ducha.node.contribution.StatedContribution;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ContributionForwarded;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a contribution the task's issuer passed on to the lead unit, sent down towards
 * the lead's node (originated by the issuer, on the task channel): the co-unit's words,
 * stated by the issuer, so that nothing crosses into a sibling's subtree.
 */
@Component
class ContributionForwardedHandler extends SingleEventHandler {

	private final ContributionReplication replication;

	private final AttachmentPushes pushes;

	ContributionForwardedHandler(ContributionReplication replication, AttachmentPushes pushes) {
		this.replication = replication;
		this.pushes = pushes;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CONTRIBUTION_FORWARDED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the task's issuing node",
						(event) -> event.getContributionForwarded().getIssuingNode()),
				"the contribution as the co-unit stated it");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ContributionForwarded forwarded = incoming.event().getContributionForwarded();
		if (!forwarded.hasContribution() || !forwarded.hasForwardedAt()) {
			throw new MalformedEventException("a passed-on contribution lacks the contribution or its time");
		}
		StatedContribution stated = ContributionWire.stated(forwarded.getContribution());
		try {
			this.replication.applyForwarded(stated, Wire.uuid(forwarded.getLeadAssignmentId(), "lead assignment"),
					incoming.originNode(), forwarded.getForwardedBy(), Wire.instant(forwarded.getForwardedAt()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
		this.pushes.referenced(stated.attachments(), incoming.destinationNode());
	}

}
