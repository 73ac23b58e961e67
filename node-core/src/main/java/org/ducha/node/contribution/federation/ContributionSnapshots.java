package org.ducha.node.contribution.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.contribution.Contribution;
import org.ducha.node.contribution.ContributionAttachment;
import org.ducha.node.contribution.ContributionReplication;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, contributions part: the contributions
 * of this subtree's co-units on tasks issued above it (their attachments queued again).
 */
@Component
class ContributionSnapshots implements SnapshotContributor {

	private final ContributionReplication contributions;

	private final Tasks tasks;

	private final Directory directory;

	private final AttachmentPushes attachments;

	ContributionSnapshots(ContributionReplication contributions, Tasks tasks, Directory directory,
			AttachmentPushes attachments) {
		this.contributions = contributions;
		this.tasks = tasks;
		this.directory = directory;
		this.attachments = attachments;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REPORT;
	}

	@Override
	public String name() {
		return "contributions";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.PARENT) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (Contribution contribution : this.contributions.byNodesForIssuersOutside(inside, afterKey, limit)) {
			String issuer = this.tasks.task(contribution.getTaskId()).getIssuingNode();
			records.add(new SnapshotRecord(contribution.getId(), Wire.recordId("contribution/" + contribution.getId()),
					Unit.nodeOf(contribution.getUnitCode()), issuer, contribution.getContributedAt(),
					ContributionWire.made(contribution)));
			this.attachments.requeue(contribution.attachments().stream().map(ContributionAttachment::ref).toList(),
					peer);
		}
		return records;
	}

}
