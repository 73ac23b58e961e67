package org.ducha.node.accountability.federation;

import java.util.List;

import org.ducha.node.accountability.LadderReplication;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the alert channel, ladder part: towards a child, the steps issued outside
 * its subtree about its subtree's units, addressed to each unit's node; towards the
 * parent, the steps issued in this subtree, addressed to the root.
 */
@Component
class StepSnapshots implements SnapshotContributor {

	private final LadderReplication replication;

	private final Directory directory;

	private final Ancestry ancestry;

	StepSnapshots(LadderReplication replication, Directory directory, Ancestry ancestry) {
		this.replication = replication;
		this.directory = directory;
		this.ancestry = ancestry;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_ALERT;
	}

	@Override
	public String name() {
		return "ladder-steps";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		boolean up = peer.role() == PeerRole.PARENT;
		List<String> above = this.ancestry.codes();
		if (up && above.isEmpty()) {
			return List.of();
		}
		String root = up ? above.get(above.size() - 1) : null;
		return this.replication.forSubtree(this.directory.spokenForBy(peer), up, afterKey, limit)
			.stream()
			.map((step) -> new SnapshotRecord(step.id(), Wire.recordId("step:" + step.id() + ":" + step.revision()),
					step.issuingNode(), up ? root : Unit.nodeOf(step.unitCode()), step.issuedAt(),
					LadderWire.stated(step)))
			.toList();
	}

}
