package org.ducha.node.inspection.finding.federation;

import org.ducha.node.federation.AttachmentPushes;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.inspection.finding.RectificationReplication;
import org.ducha.node.inspection.finding.UnitReport;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a unit's rectification report as the unit's node states it, on its way up to the
 * requirement's issuer, and lets its attachments follow. Reports only travel up.
 */
@Component
class UnitReportedHandler extends SingleEventHandler {

	private final RectificationReplication replication;

	private final AttachmentPushes pushes;

	UnitReportedHandler(RectificationReplication replication, AttachmentPushes pushes) {
		this.replication = replication;
		this.pushes = pushes;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.INSPECTION_RECTIFICATION_REPORTED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the unit's node",
						(event) -> Unit.nodeOf(event.getInspectionRectificationReported().getUnitCode())),
				"the requirement it answers and its unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		UnitReport report = RectificationWire.report(incoming.event().getInspectionRectificationReported());
		try {
			this.replication.applyReport(report, incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
		this.pushes.referenced(report.attachments(), incoming.destinationNode());
	}

}
