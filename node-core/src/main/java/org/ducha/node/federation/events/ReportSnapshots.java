package org.ducha.node.federation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.report.ReportReplication;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent: the signings and reports of this
 * subtree on tasks issued above it.
 */
@Component
class ReportSnapshots {

	private final TaskReplication assignments;

	private final ReportReplication reports;

	private final Tasks tasks;

	private final Directory directory;

	private final AttachmentPushes attachments;

	ReportSnapshots(TaskReplication assignments, ReportReplication reports, Tasks tasks, Directory directory,
			AttachmentPushes attachments) {
		this.assignments = assignments;
		this.reports = reports;
		this.tasks = tasks;
		this.directory = directory;
		this.attachments = attachments;
	}

	/** Signings of assignments (their assignee's latest revision). */
	@Component
	static class Signings implements SnapshotContributor {

		private final ReportSnapshots snapshots;

		Signings(ReportSnapshots snapshots) {
			this.snapshots = snapshots;
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
			Set<String> inside = this.snapshots.directory.spokenForBy(peer);
			List<SnapshotRecord> records = new ArrayList<>();
			for (Assignment assignment : this.snapshots.assignments.signedFor(inside, afterKey, limit)) {
				String issuer = this.snapshots.tasks.task(assignment.getTaskId()).getIssuingNode();
				records.add(new SnapshotRecord(assignment.getId(), Wire.recordId("signed/" + assignment.getId()),
						assignment.getUnitNode(), issuer, assignment.getSignedAt(),
						EventTranslation.assignmentSigned(assignment)));
			}
			return records;
		}

	}

	/** Progress reports. */
	@Component
	static class Reports implements SnapshotContributor {

		private final ReportSnapshots snapshots;

		Reports(ReportSnapshots snapshots) {
			this.snapshots = snapshots;
		}

		@Override
		public Channel channel() {
			return Channel.CHANNEL_REPORT;
		}

		@Override
		public String name() {
			return "reports";
		}

		@Override
		public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
			if (peer.role() != PeerRole.PARENT) {
				return List.of();
			}
			Set<String> inside = this.snapshots.directory.spokenForBy(peer);
			List<SnapshotRecord> records = new ArrayList<>();
			for (ProgressReport report : this.snapshots.reports.byNodesForIssuersOutside(inside, afterKey, limit)) {
				String issuer = this.snapshots.tasks.task(report.getTaskId()).getIssuingNode();
				records.add(new SnapshotRecord(report.getId(), report.getId(),
						org.ducha.node.unit.Unit.nodeOf(report.getUnitCode()), issuer, report.getReportedAt(),
						EventTranslation.progressReported(report, 0)));
				// a parent that re-syncs may have lost bytes too: it is asked again
				this.snapshots.attachments.requeue(report.attachments().stream().map(ReportAttachment::ref).toList(),
						peer);
			}
			return records;
		}

	}

}
