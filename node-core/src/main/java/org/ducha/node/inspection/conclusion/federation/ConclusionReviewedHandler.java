package org.ducha.node.inspection.conclusion.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.inspection.conclusion.ConclusionReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ConclusionReviewed;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps the review of an objection as the issuing node states it, on its way down to the
 * unit's node, which delivers the outcome to the unit. Reviews only travel down.
 */
@Component
class ConclusionReviewedHandler extends SingleEventHandler {

	private final ConclusionReplication replication;

	ConclusionReviewedHandler(ConclusionReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CONCLUSION_REVIEWED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the conclusion's issuing node",
						(event) -> event.getConclusionReviewed().getIssuingNode()),
				"the conclusion's issuer and unit, the review's outcome, changed text, reviewer and day");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ConclusionReviewed reviewed = incoming.event().getConclusionReviewed();
		try {
			this.replication.applyReview(ConclusionWire.ref(reviewed), ConclusionWire.review(reviewed));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
