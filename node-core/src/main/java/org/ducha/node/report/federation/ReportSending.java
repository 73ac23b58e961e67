package org.ducha.node.report.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.report.ProgressReported;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.report.ReportReturned;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a progress report made here up to the task's issuer (report channel), in the
 * transaction that recorded it, its attachments queued for the pusher with it; and an
 * issuer's return of a report down to the assignee's node (task channel).
 */
@Component
class ReportSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final AttachmentPushes attachments;

	ReportSending(Outbox outbox, NodeIdentity self, AttachmentPushes attachments) {
		this.outbox = outbox;
		this.self = self;
		this.attachments = attachments;
	}

	/** A return made here goes down to the assignee's node on the task channel. */
	@EventListener
	void on(ReportReturned returned) {
		if (!returned.assigneeNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_TASK,
					new Delivery(Ids.newId(), this.self.code(), returned.assigneeNode(),
							returned.returned().returnedAt(),
							ReportWire.reportReturned(returned.returned(), returned.issuingNode())));
		}
	}

	@EventListener
	void on(ProgressReported reported) {
		if (!reported.issuingNode().equals(this.self.code())) {
			this.outbox.send(Channel.CHANNEL_REPORT,
					new Delivery(Ids.newId(), this.self.code(), reported.issuingNode(),
							reported.report().getReportedAt(),
							ReportWire.progressReported(reported.report(), reported.assigneeRevision())));
			this.attachments.sending(reported.report().attachments().stream().map(ReportAttachment::ref).toList(),
					reported.issuingNode());
		}
	}

}
