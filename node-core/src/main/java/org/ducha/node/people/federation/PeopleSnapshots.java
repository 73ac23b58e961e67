package org.ducha.node.people.federation;

import java.util.List;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.people.PeopleReplication;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, people part: the latest people in
 * charge of every unit of this subtree, addressed to the root.
 */
@Component
class PeopleSnapshots implements SnapshotContributor {

	private final PeopleReplication replication;

	private final Directory directory;

	private final Ancestry ancestry;

	PeopleSnapshots(PeopleReplication replication, Directory directory, Ancestry ancestry) {
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
		return "people";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		List<String> above = this.ancestry.codes();
		if (peer.role() != PeerRole.PARENT || above.isEmpty()) {
			return List.of();
		}
		String root = above.get(above.size() - 1);
		return this.replication.ofNodes(this.directory.spokenForBy(peer), afterKey, limit)
			.stream()
			.map((people) -> new SnapshotRecord(people.unitCode(),
					Wire.recordId("people:" + people.unitCode() + ":" + people.revision()),
					Unit.nodeOf(people.unitCode()), root, people.statedAt(), PeopleWire.stated(people)))
			.toList();
	}

}
