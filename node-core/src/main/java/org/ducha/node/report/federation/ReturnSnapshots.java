package org.ducha.node.report.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.report.ReportReturn;
import org.ducha.node.report.ReportReturning;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the task channel towards a child, returns part: the issuers' returns of
 * reports by units of the child's subtree on tasks issued outside it. Named after the
 * tasks part, so that a child holds a task before the returns of its reports.
 */
@Component
class ReturnSnapshots implements SnapshotContributor {

	private final ReportReturning returning;

	private final Tasks tasks;

	private final Directory directory;

	ReturnSnapshots(ReportReturning returning, Tasks tasks, Directory directory) {
		this.returning = returning;
		this.tasks = tasks;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_TASK;
	}

	@Override
	public String name() {
		return "tasks-returns";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (ReportReturn returned : this.returning.intoNodes(inside, afterKey, limit)) {
			Task task = this.tasks.task(returned.taskId());
			String assignee = this.tasks.findAssignment(returned.assignmentId()).orElseThrow().getUnitNode();
			records.add(new SnapshotRecord(returned.reportId(), Wire.recordId("report-return/" + returned.reportId()),
					task.getIssuingNode(), assignee, returned.returnedAt(),
					ReportWire.reportReturned(returned, task.getIssuingNode())));
		}
		return records;
	}

}
