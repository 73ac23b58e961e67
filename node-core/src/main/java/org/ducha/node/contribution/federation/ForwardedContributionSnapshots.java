package org.ducha.node.contribution.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.contribution.Contribution;
import org.ducha.node.contribution.ContributionReplication;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the task channel towards a child, contributions part: the contributions the
 * issuers above passed on to lead units of the child's subtree. Named after the tasks
 * part, so that a child holds the lead assignment before what was passed on to it.
 */
@Component
class ForwardedContributionSnapshots implements SnapshotContributor {

	private final ContributionReplication contributions;

	private final Tasks tasks;

	private final Directory directory;

	ForwardedContributionSnapshots(ContributionReplication contributions, Tasks tasks, Directory directory) {
		this.contributions = contributions;
		this.tasks = tasks;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_TASK;
	}

	@Override
	public String name() {
		return "tasks-contributions";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (Contribution contribution : this.contributions.forwardedIntoNodes(inside, afterKey, limit)) {
			String issuer = this.tasks.task(contribution.getTaskId()).getIssuingNode();
			Assignment lead = this.tasks.findAssignment(contribution.getLeadAssignmentId()).orElseThrow();
			records.add(new SnapshotRecord(contribution.getId(),
					Wire.recordId("contribution-forwarded/" + contribution.getId()), issuer, lead.getUnitNode(),
					contribution.getForwardedAt(), ContributionWire.forwarded(contribution, issuer)));
		}
		return records;
	}

}
