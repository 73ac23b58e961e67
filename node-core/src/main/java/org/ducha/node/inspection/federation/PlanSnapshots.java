package org.ducha.node.inspection.federation;

import java.util.List;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.InspectionPlan;
import org.ducha.node.inspection.PlanReplication;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the alert channel, inspection part: towards a child, the revealed plans
 * planned outside its subtree that inspect a unit of it, addressed to that unit's node;
 * towards the parent, the revealed plans planned in this subtree, addressed to the root.
 * An unannounced plan not yet carried out is never among them.
 */
@Component
class PlanSnapshots implements SnapshotContributor {

	private final PlanReplication replication;

	private final Directory directory;

	private final Ancestry ancestry;

	PlanSnapshots(PlanReplication replication, Directory directory, Ancestry ancestry) {
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
		return "inspection-plans";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		boolean up = peer.role() == PeerRole.PARENT;
		List<String> above = this.ancestry.codes();
		if (up && above.isEmpty()) {
			return List.of();
		}
		var nodes = this.directory.spokenForBy(peer);
		return this.replication.forSubtree(nodes, up, afterKey, limit)
			.stream()
			.map((plan) -> new SnapshotRecord(plan.id().toString(),
					Wire.recordId("inspection-plan:" + plan.id() + ":" + plan.status()), plan.planningNode(),
					up ? above.get(above.size() - 1) : destinationIn(plan, nodes), plan.draftedAt(),
					PlanWire.stated(plan, plan.draftedAt())))
			.toList();
	}

	private static String destinationIn(InspectionPlan plan, java.util.Set<String> nodes) {
		return plan.content()
			.objects()
			.stream()
			.map((o) -> Unit.nodeOf(o.unitCode()))
			.filter(nodes::contains)
			.findFirst()
			.orElseThrow();
	}

}
