package org.ducha.node.accountability.federation;

import java.util.List;

import org.ducha.node.accountability.LadderReplication;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, rectification part: the reports of
 * this subtree's units, addressed to the root.
 */
@Component
class RectificationSnapshots implements SnapshotContributor {

	private final LadderReplication replication;

	private final Directory directory;

	private final Ancestry ancestry;

	RectificationSnapshots(LadderReplication replication, Directory directory, Ancestry ancestry) {
		this.replication = replication;
		this.directory = directory;
		this.ancestry = ancestry;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REPORT;
	}

	@Override
	public String name() {
		return "rectifications";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		List<String> above = this.ancestry.codes();
		if (peer.role() != PeerRole.PARENT || above.isEmpty()) {
			return List.of();
		}
		String root = above.get(above.size() - 1);
		return this.replication.reportsOf(this.directory.spokenForBy(peer), afterKey, limit)
			.stream()
			.map((report) -> new SnapshotRecord(report.id(), report.id(), Unit.nodeOf(report.unitCode()), root,
					report.reportedAt(), LadderWire.reported(report)))
			.toList();
	}

}
