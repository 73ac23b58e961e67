package org.ducha.node.report.federation;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.EventHandler;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.wire.AttachmentWire;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.ReportLinks;
import org.ducha.node.report.ReportReplication;
import org.ducha.node.report.StatedReport;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ProgressReported;

import org.springframework.stereotype.Component;

/**
 * Keeps the progress reports sent up by the assignees' nodes, a batch's together.
 */
@Component
class ProgressReportedHandler implements EventHandler {

	private final ReportReplication replication;

	private final AttachmentPushes pushes;

	ProgressReportedHandler(ReportReplication replication, AttachmentPushes pushes) {
		this.replication = replication;
		this.pushes = pushes;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.PROGRESS_REPORTED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the assignee's node",
						(event) -> Unit.nodeOf(event.getProgressReported().getUnitCode())),
				"the assignment's unit and task");
	}

	/**
	 * Applies the reports of a batch together: one read per table and one write per
	 * changed row. A refusal of any of them refuses the call, and the receiver then
	 * applies them one at a time, so that it falls on the entry that caused it.
	 */
	@Override
	public void apply(List<IncomingEvent> events) {
		List<StatedReport> stated = events.stream().map(ProgressReportedHandler::stated).toList();
		try {
			this.replication.applyReported(stated);
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
		// the bytes follow by their own service; a relay passes them on once they are
		// here
		for (int i = 0; i < events.size(); i++) {
			this.pushes.referenced(stated.get(i).attachments(), events.get(i).destinationNode());
		}
	}

	private static StatedReport stated(IncomingEvent incoming) {
		ProgressReported reported = incoming.event().getProgressReported();
		if (reported.getPercentComplete() > 100) {
			throw new MalformedEventException(
					"report " + reported.getReportId() + " is " + reported.getPercentComplete() + " % complete");
		}
		ReportContent content = new ReportContent(reported.getPercentComplete(), reported.getProgress(),
				Wire.orNull(reported.getDissemination()), Wire.orNull(reported.getMeasures()),
				Wire.orNull(reported.getEffects()), Wire.orNull(reported.getPractices()),
				Wire.orNull(reported.getDifficulties()), Wire.orNull(reported.getSuggestions()));
		List<AttachmentRef> attachments = AttachmentWire.fromWire(reported.getAttachmentsList());
		return new StatedReport(Wire.uuid(reported.getReportId(), "report"),
				Wire.uuid(reported.getAssignmentId(), "assignment"), Wire.uuid(reported.getTaskId(), "task"),
				reported.getUnitCode(), incoming.originNode(), reported.getReportedBy(),
				Wire.instant(reported.getReportedAt()), content, reported.getAssigneeRevision(), attachments,
				links(reported));
	}

	private static ReportLinks links(ProgressReported reported) {
		String answers = reported.getAnswersReportId().isEmpty() ? null
				: Wire.uuid(reported.getAnswersReportId(), "answered report");
		return new ReportLinks(answers,
				reported.getSummarisedContributionIdsList()
					.stream()
					.map((id) -> Wire.uuid(id, "contribution"))
					.toList());
	}

}
