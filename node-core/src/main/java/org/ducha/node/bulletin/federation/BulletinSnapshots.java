package org.ducha.node.bulletin.federation;

import java.util.List;

import org.ducha.node.bulletin.BulletinReplication;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the task channel towards a child, bulletin part: the bulletins published
 * outside the child's subtree that name units inside it, one record per bulletin and unit
 * node, addressed to that node.
 */
@Component
class BulletinSnapshots implements SnapshotContributor {

	private final BulletinReplication replication;

	private final Directory directory;

	BulletinSnapshots(BulletinReplication replication, Directory directory) {
		this.replication = replication;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_TASK;
	}

	@Override
	public String name() {
		return "bulletins";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		return this.replication.publishedInto(this.directory.spokenForBy(peer), afterKey, limit)
			.stream()
			.map((addressed) -> new SnapshotRecord(addressed.key(), Wire.recordId("bulletin:" + addressed.key()),
					addressed.bulletin().nodeCode(), addressed.unitNode(), addressed.bulletin().publishedAt(),
					BulletinWire.published(addressed.bulletin())))
			.toList();
	}

}
