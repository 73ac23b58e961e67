package org.ducha.node.bulletin.federation;

import org.ducha.node.bulletin.Bulletin;
import org.ducha.node.bulletin.BulletinReplication;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a published bulletin on its way down from its publishing node and fetches its
 * files from the parent; the node of a unit it names delivers it to the unit's inbox.
 */
@Component
class BulletinPublishedHandler extends SingleEventHandler {

	private final BulletinReplication replication;

	private final AttachmentPushes attachments;

	BulletinPublishedHandler(BulletinReplication replication, AttachmentPushes attachments) {
		this.replication = replication;
		this.attachments = attachments;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.BULLETIN_PUBLISHED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the bulletin's publishing node",
						(event) -> event.getBulletinPublished().getNodeCode()),
				"everything: a published bulletin never changes (a correction is a new bulletin)");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		Bulletin bulletin = BulletinWire.bulletin(incoming.event().getBulletinPublished());
		try {
			this.replication.apply(bulletin, incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
		this.attachments.fromParent(BulletinWire.files(bulletin));
	}

}
