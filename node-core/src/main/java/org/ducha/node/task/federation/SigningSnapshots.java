package org.ducha.node.task.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, signings part: the signings of this
 * subtree's assignments (their assignee's latest revision) on tasks issued above it.
 */
@Component
class SigningSnapshots implements SnapshotContributor {

	private final TaskReplication assignments;

	private final Tasks tasks;

	private final Directory directory;

	SigningSnapshots(TaskReplication assignments, Tasks tasks, Directory directory) {
		this.assignments = assignments;
		this.tasks = tasks;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REPORT;
	}

	@Override
	public String name() {
		return "assignments";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.PARENT) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (Assignment assignment : this.assignments.signedFor(inside, afterKey, limit)) {
			String issuer = this.tasks.task(assignment.getTaskId()).getIssuingNode();
			records.add(new SnapshotRecord(assignment.getId(), Wire.recordId("signed/" + assignment.getId()),
					assignment.getUnitNode(), issuer, assignment.getSignedAt(), TaskWire.assignmentSigned(assignment)));
		}
		return records;
	}

}
