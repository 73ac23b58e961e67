package org.ducha.node.report.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.report.ReportReturn;
import org.ducha.node.report.ReportReturning;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ReportReturned;

import org.springframework.stereotype.Component;

/**
 * Keeps the issuer's return of a report (退回), sent down towards the assignee's node:
 * originated by the task's issuer, on the task channel.
 */
@Component
class ReportReturnedHandler extends SingleEventHandler {

	private final ReportReturning returning;

	ReportReturnedHandler(ReportReturning returning) {
		this.returning = returning;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.REPORT_RETURNED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_TASK,
				Originator.namedBy("the task's issuing node", (event) -> event.getReportReturned().getIssuingNode()),
				"the report it returns");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ReportReturned returned = incoming.event().getReportReturned();
		if (returned.getReason().isBlank() || !returned.hasReturnedAt()) {
			throw new MalformedEventException("the return of report " + returned.getReportId() + " lacks its reason");
		}
		try {
			this.returning.applyReturned(new ReportReturn(Wire.uuid(returned.getReportId(), "report"),
					Wire.uuid(returned.getAssignmentId(), "assignment"), Wire.uuid(returned.getTaskId(), "task"),
					returned.getReturnedBy(), Wire.instant(returned.getReturnedAt()), returned.getReason(), null),
					incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
