package org.ducha.node.contribution.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.contribution.Contribution;
import org.ducha.node.contribution.ContributionAttachment;
import org.ducha.node.contribution.ContributionForwarded;
import org.ducha.node.contribution.ContributionMade;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends contributions in the transaction that made them known: a co-unit's up to the
 * task's issuer on the report channel (its attachments queued for the pusher), and the
 * issuer's passing on down to the lead unit's node on the task channel.
 */
@Component
class ContributionSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final AttachmentPushes attachments;

	ContributionSending(Outbox outbox, NodeIdentity self, AttachmentPushes attachments) {
		this.outbox = outbox;
		this.self = self;
		this.attachments = attachments;
	}

	@EventListener
	void on(ContributionMade made) {
		Contribution contribution = made.contribution();
		if (!made.issuingNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_REPORT, new Delivery(Ids.newId(), this.self.code(), made.issuingNode(),
					contribution.getContributedAt(), ContributionWire.made(contribution)));
			this.attachments.sending(contribution.attachments().stream().map(ContributionAttachment::ref).toList(),
					made.issuingNode());
		}
	}

	@EventListener
	void on(ContributionForwarded forwarded) {
		Contribution contribution = forwarded.contribution();
		if (!forwarded.leadNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_TASK, new Delivery(Ids.newId(), this.self.code(), forwarded.leadNode(),
					contribution.getForwardedAt(), ContributionWire.forwarded(contribution, forwarded.issuingNode())));
		}
	}

}
