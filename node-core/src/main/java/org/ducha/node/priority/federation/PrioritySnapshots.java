package org.ducha.node.priority.federation;

import java.util.List;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.priority.PriorityReplication;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the reference channel towards a child, priorities part: every approved set
 * of priorities stored here — this node's and those of the nodes above — addressed to the
 * child, stated by its own node.
 */
@Component
class PrioritySnapshots implements SnapshotContributor {

	private final PriorityReplication replication;

	PrioritySnapshots(PriorityReplication replication) {
		this.replication = replication;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REFERENCE;
	}

	@Override
	public String name() {
		return "annual-priorities";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		return this.replication.approvedAfter(afterKey, limit)
			.stream()
			.map((p) -> new SnapshotRecord(p.id().toString(), Wire.recordId("annual-priorities:" + p.id()),
					p.nodeCode(), peer.peer(), p.approvedAt(), PrioritiesWire.approved(p)))
			.toList();
	}

}
