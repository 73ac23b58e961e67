package org.ducha.node.federation;

import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;

import org.springframework.stereotype.Component;

/**
 * Where attachment bytes must go as records referencing them travel: when a record leaves
 * this node towards its parent (sent from here, or forwarded as a relay), a push of each
 * attachment to the parent is queued in the same transaction; when a record comes down
 * from the parent, a fetch of each attachment not here is queued. The pusher sends and
 * fetches the bytes.
 */
@Component
public class AttachmentPushes {

	private final AttachmentTransfers transfers;

	private final Routing routing;

	private final NodeIdentity self;

	private final LinkTopology topology;

	AttachmentPushes(AttachmentTransfers transfers, Routing routing, NodeIdentity self, LinkTopology topology) {
		this.transfers = transfers;
		this.routing = routing;
		this.self = self;
		this.topology = topology;
	}

	/**
	 * A record from the parent referenced attachments (a task's documents): they become
	 * known here, and a fetch from the parent is queued for each whose bytes are not
	 * here. A relay fetches them this way too, before its children ask it for them.
	 */
	public void fromParent(List<AttachmentRef> attachments) {
		attachments.forEach(this.transfers::referenced);
		this.topology.parent()
			.ifPresent((parent) -> attachments
				.forEach((attachment) -> this.transfers.queueFetch(attachment.sha256(), parent.peer())));
	}

	/**
	 * A record from a peer referenced attachments: they become known here, and go on with
	 * the record when this node is not its destination.
	 */
	public void referenced(List<AttachmentRef> attachments, String destination) {
		attachments.forEach(this.transfers::referenced);
		sending(attachments, destination);
	}

	/** A record referencing attachments leaves this node towards a destination. */
	public void sending(List<AttachmentRef> attachments, String destination) {
		if (attachments.isEmpty() || destination.equals(this.self.code())) {
			return;
		}
		queue(attachments, this.routing.nextHop(destination));
	}

	/** Queues pushes over a link, when it leads to the parent (bytes travel upward). */
	void queue(List<AttachmentRef> attachments, Link link) {
		if (link.role() == PeerRole.PARENT) {
			attachments.forEach((attachment) -> this.transfers.queue(attachment.sha256(), link.peer()));
		}
	}

	/**
	 * Queues pushes again for records a re-sync sends to the parent (which may have lost
	 * the bytes too), each in a transaction of its own since snapshots are read
	 * read-only.
	 */
	public void requeue(List<AttachmentRef> attachments, Link link) {
		if (link.role() == PeerRole.PARENT) {
			attachments.forEach((attachment) -> this.transfers.queueApart(attachment.sha256(), link.peer()));
		}
	}

}
