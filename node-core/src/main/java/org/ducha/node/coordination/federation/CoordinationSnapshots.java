package org.ducha.node.coordination.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.coordination.Coordination;
import org.ducha.node.coordination.CoordinationReplication;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, coordinations part: the attempts of
 * this subtree's lead units on tasks issued above it.
 */
@Component
class CoordinationSnapshots implements SnapshotContributor {

	private final CoordinationReplication replication;

	private final Tasks tasks;

	private final Directory directory;

	CoordinationSnapshots(CoordinationReplication replication, Tasks tasks, Directory directory) {
		this.replication = replication;
		this.tasks = tasks;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REPORT;
	}

	@Override
	public String name() {
		return "coordinations";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.PARENT) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (Coordination coordination : this.replication.byNodesForIssuersOutside(inside, afterKey, limit)) {
			String issuer = this.tasks.task(coordination.getTaskId()).getIssuingNode();
			records.add(new SnapshotRecord(coordination.getId(), coordination.getId(),
					Unit.nodeOf(coordination.getUnitCode()), issuer, coordination.getRecordedAt(),
					CoordinationWire.recorded(coordination)));
		}
		return records;
	}

}
