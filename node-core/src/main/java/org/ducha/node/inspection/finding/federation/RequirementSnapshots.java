package org.ducha.node.inspection.finding.federation;

import java.util.List;
import java.util.Set;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.finding.RectificationReplication;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the task channel towards a child, rectification part: the requirements about
 * the child's subtree's units (all issued outside it, since requirements never travel
 * up), each at its latest revision, addressed to the unit's node.
 */
@Component
class RequirementSnapshots implements SnapshotContributor {

	private final RectificationReplication replication;

	private final Directory directory;

	RequirementSnapshots(RectificationReplication replication, Directory directory) {
		this.replication = replication;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_TASK;
	}

	@Override
	public String name() {
		return "inspection-rectifications";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		return this.replication.ofNodes(inside, afterKey, limit)
			.stream()
			.map((r) -> new SnapshotRecord(r.id(), Wire.recordId("rectification:" + r.id() + ":" + r.revision()),
					r.issuingNode(), Unit.nodeOf(r.unitCode()), r.issuedAt(), RectificationWire.stated(r)))
			.toList();
	}

}
