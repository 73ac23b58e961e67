package org.ducha.node.inspection.finding.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.inspection.finding.Rectification;
import org.ducha.node.inspection.finding.RectificationReplication;
import org.ducha.node.inspection.finding.UnitReport;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the report channel towards the parent, rectification part: the reports of
 * this subtree's units on requirements issued above it, addressed to each issuer, their
 * attachments pushed again.
 */
@Component
class UnitReportSnapshots implements SnapshotContributor {

	private final RectificationReplication replication;

	private final Directory directory;

	private final AttachmentPushes attachments;

	UnitReportSnapshots(RectificationReplication replication, Directory directory, AttachmentPushes attachments) {
		this.replication = replication;
		this.directory = directory;
		this.attachments = attachments;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REPORT;
	}

	@Override
	public String name() {
		return "inspection-rectification-reports";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.PARENT) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		List<SnapshotRecord> records = new ArrayList<>();
		for (UnitReport report : this.replication.reportsOf(inside, afterKey, limit)) {
			String issuer = this.replication.requirement(report.rectificationId())
				.map(Rectification::issuingNode)
				.orElse(null);
			if (issuer != null) {
				records.add(new SnapshotRecord(report.id(), report.id(), Unit.nodeOf(report.unitCode()), issuer,
						report.reportedAt(), RectificationWire.reported(report)));
				this.attachments.requeue(report.attachments(), peer);
			}
		}
		return records;
	}

}
