package org.ducha.node.inspection.conclusion.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.conclusion.Conclusion;
import org.ducha.node.inspection.conclusion.ConclusionReplication;
import org.ducha.node.inspection.conclusion.ConclusionState;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of conclusions, one contributor per channel: towards a child (task channel),
 * the conclusions issued from outside its subtree to its units and their reviews,
 * addressed to each unit's node; towards the parent (report channel), the signings and
 * objections of this subtree's units to conclusions issued above, addressed to each
 * issuer. A conclusion's records are keyed {@code <id>:<step>} so that a page may end
 * between them.
 */
abstract class ConclusionSnapshots implements SnapshotContributor {

	private final ConclusionReplication replication;

	private final Directory directory;

	ConclusionSnapshots(ConclusionReplication replication, Directory directory) {
		this.replication = replication;
		this.directory = directory;
	}

	/** Whether this contributor speaks to the parent (up) or to a child (down). */
	abstract boolean up();

	/** The steps of a conclusion this contributor re-sends, in order. */
	abstract List<ConclusionState> steps(Conclusion conclusion);

	@Override
	public String name() {
		return "conclusions";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if ((peer.role() == PeerRole.PARENT) != up()) {
			return List.of();
		}
		String fromId = afterKey.isEmpty() ? "" : afterKey.substring(0, afterKey.indexOf(':'));
		List<SnapshotRecord> records = new ArrayList<>();
		for (Conclusion c : this.replication.issuedInto(this.directory.spokenForBy(peer), up(), fromId, limit + 1)) {
			for (ConclusionState step : steps(c)) {
				String key = c.id() + ":" + step.ordinal();
				if (key.compareTo(afterKey) > 0 && records.size() < limit) {
					records.add(new SnapshotRecord(key, Wire.recordId("conclusion:" + key),
							up() ? Unit.nodeOf(c.unitCode()) : c.issuingNode(),
							up() ? c.issuingNode() : Unit.nodeOf(c.unitCode()), c.draftedAt(),
							ConclusionWire.of(c, step)));
				}
			}
		}
		return records;
	}

	/** Down to a child: the issued conclusions and their reviews. */
	@Component
	static class Down extends ConclusionSnapshots {

		Down(ConclusionReplication replication, Directory directory) {
			super(replication, directory);
		}

		@Override
		public Channel channel() {
			return Channel.CHANNEL_TASK;
		}

		@Override
		boolean up() {
			return false;
		}

		@Override
		List<ConclusionState> steps(Conclusion c) {
			return (c.review() != null) ? List.of(ConclusionState.ISSUED, ConclusionState.REVIEWED)
					: List.of(ConclusionState.ISSUED);
		}

	}

	/** Up to the parent: the signings and objections. */
	@Component
	static class Up extends ConclusionSnapshots {

		Up(ConclusionReplication replication, Directory directory) {
			super(replication, directory);
		}

		@Override
		public Channel channel() {
			return Channel.CHANNEL_REPORT;
		}

		@Override
		boolean up() {
			return true;
		}

		@Override
		List<ConclusionState> steps(Conclusion c) {
			return (c.objection() != null) ? List.of(ConclusionState.SIGNED, ConclusionState.OBJECTED)
					: List.of(ConclusionState.SIGNED);
		}

	}

}
