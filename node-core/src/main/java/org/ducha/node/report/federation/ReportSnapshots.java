package org.ducha.node.report.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.report.ReportReplication;
import org.ducha.node.task.Tasks;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, reports part: the progress reports of
 * this subtree on tasks issued above it. Their attachments are queued again, since a
 * parent that re-syncs may have lost the bytes too.
 */
@Component
class ReportSnapshots implements SnapshotContributor {

	private final ReportReplication reports;

	private final Tasks tasks;

	private final Directory directory;

	private final AttachmentPushes attachments;

	ReportSnapshots(ReportReplication reports, Tasks tasks, Directory directory, AttachmentPushes attachments) {
		this.reports = reports;
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
		return "reports";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.PARENT) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (ProgressReport report : this.reports.byNodesForIssuersOutside(inside, afterKey, limit)) {
			String issuer = this.tasks.task(report.getTaskId()).getIssuingNode();
			records.add(new SnapshotRecord(report.getId(), report.getId(), Unit.nodeOf(report.getUnitCode()), issuer,
					report.getReportedAt(), ReportWire.progressReported(report, 0)));
			this.attachments.requeue(report.attachments().stream().map(ReportAttachment::ref).toList(), peer);
		}
		return records;
	}

}
