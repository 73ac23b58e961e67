package org.ducha.node.divisions.federation;

import java.util.List;

import org.ducha.node.divisions.DivisionRecord;
import org.ducha.node.divisions.DivisionReplication;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the reference channel towards a child: every division record set after the
 * bundled version 0, so that a node that never followed the channel gets them all.
 */
@Component
class DivisionSnapshots implements SnapshotContributor {

	private final DivisionReplication replication;

	DivisionSnapshots(DivisionReplication replication) {
		this.replication = replication;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REFERENCE;
	}

	@Override
	public String name() {
		return "divisions";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		return this.replication.changedRecords()
			.stream()
			.filter((record) -> record.code().compareTo(afterKey) > 0)
			.limit(limit)
			.map((record) -> new SnapshotRecord(record.code(), recordId(record), record.originNode(), peer.peer(),
					record.changedAt(), DivisionWire.divisionSet(record)))
			.toList();
	}

	private static String recordId(DivisionRecord record) {
		return Wire.recordId("division/" + record.code() + "/" + record.version());
	}

}
