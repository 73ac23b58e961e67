package org.ducha.node.inspection.finding.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.AttachmentWire;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.inspection.finding.Rectification;
import org.ducha.node.inspection.finding.ReturnVisit;
import org.ducha.node.inspection.finding.UnitReport;
import org.ducha.node.inspection.finding.Verification;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.InspectionRectificationReported;
import org.ducha.proto.federation.v1.InspectionRectificationStated;
import org.ducha.proto.federation.v1.InspectionReturnVisit;
import org.ducha.proto.federation.v1.InspectionVerification;

/**
 * Rectification requirements and units' reports to and from their wire form; for live
 * events and re-sync records alike.
 */
final class RectificationWire {

	private RectificationWire() {
	}

	static Event stated(Rectification r) {
		InspectionRectificationStated.Builder stated = InspectionRectificationStated.newBuilder()
			.setRectificationId(r.id())
			.setFindingId(r.findingId())
			.setPlanId(r.planId())
			.setIssuingNode(r.issuingNode())
			.setRevision(r.revision())
			.setUnitCode(r.unitCode())
			.setUnitName(r.unitName())
			.setFinding(r.finding())
			.setRequirement(r.requirement())
			.setWorkingDays(r.workingDays())
			.setDeadline(r.deadline().toString())
			.setIssuedBy(r.issuedBy())
			.setIssuedAt(Wire.timestamp(r.issuedAt()))
			.setClosedBy(Wire.text(r.closedBy()));
		if (r.closedAt() != null) {
			stated.setClosedAt(Wire.timestamp(r.closedAt()));
		}
		for (Verification v : r.verifications()) {
			stated.addVerifications(InspectionVerification.newBuilder()
				.setReportId(v.reportId())
				.setConfirmed(v.confirmed())
				.setNotes(v.notes())
				.setVerifiedBy(v.verifiedBy())
				.setVerifiedAt(Wire.timestamp(v.verifiedAt())));
		}
		for (ReturnVisit visit : r.visits()) {
			stated.addVisits(InspectionReturnVisit.newBuilder()
				.setVisitId(visit.id())
				.setReportId(visit.reportId())
				.setVisitedOn(visit.visitedOn().toString())
				.setFactsClear(visit.factsClear())
				.setComplete(visit.complete())
				.setGrassrootsSaid(visit.grassrootsSaid())
				.setPublicSaid(visit.publicSaid())
				.setVisitedBy(visit.visitedBy())
				.setVisitedAt(Wire.timestamp(visit.visitedAt())));
		}
		return Event.newBuilder().setInspectionRectificationStated(stated).build();
	}

	/**
	 * The requirement a wire event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static Rectification rectification(InspectionRectificationStated stated) {
		String id = Wire.uuid(stated.getRectificationId(), "rectification requirement");
		List<String> missing = new ArrayList<>();
		missing(missing, stated.getIssuingNode().isEmpty(), "issuing_node");
		missing(missing, stated.getUnitCode().isEmpty(), "unit_code");
		missing(missing, stated.getUnitName().isEmpty(), "unit_name");
		missing(missing, stated.getFinding().isEmpty(), "finding");
		missing(missing, stated.getRequirement().isEmpty(), "requirement");
		missing(missing, stated.getRevision() < 1, "revision");
		missing(missing, stated.getWorkingDays() < 1, "working_days");
		missing(missing, stated.getIssuedBy().isEmpty(), "issued_by");
		missing(missing, !stated.hasIssuedAt(), "issued_at");
		missing(missing, stated.getClosedBy().isEmpty() == stated.hasClosedAt(), "closed_by with closed_at");
		if (!missing.isEmpty()) {
			throw new MalformedEventException(
					"rectification requirement " + id + " lacks " + String.join(", ", missing));
		}
		List<Verification> verifications = stated.getVerificationsList()
			.stream()
			.map((v) -> new Verification(Wire.uuid(v.getReportId(), "rectification report"), v.getConfirmed(),
					v.getNotes(), v.getVerifiedBy(), Wire.instant(v.getVerifiedAt())))
			.toList();
		List<ReturnVisit> visits = stated.getVisitsList()
			.stream()
			.map((v) -> new ReturnVisit(Wire.uuid(v.getVisitId(), "return visit"),
					Wire.uuid(v.getReportId(), "rectification report"), Wire.date(v.getVisitedOn()), v.getFactsClear(),
					v.getComplete(), v.getGrassrootsSaid(), v.getPublicSaid(), v.getVisitedBy(),
					Wire.instant(v.getVisitedAt())))
			.toList();
		return new Rectification(id, Wire.uuid(stated.getFindingId(), "finding"), Wire.uuid(stated.getPlanId(), "plan"),
				stated.getIssuingNode(), stated.getRevision(), stated.getUnitCode(), stated.getUnitName(),
				stated.getFinding(), stated.getRequirement(), stated.getWorkingDays(), Wire.date(stated.getDeadline()),
				stated.getIssuedBy(), Wire.instant(stated.getIssuedAt()), verifications, visits,
				Wire.orNull(stated.getClosedBy()), stated.hasClosedAt() ? Wire.instant(stated.getClosedAt()) : null);
	}

	static Event reported(UnitReport report) {
		return Event.newBuilder()
			.setInspectionRectificationReported(InspectionRectificationReported.newBuilder()
				.setReportId(report.id())
				.setRectificationId(report.rectificationId())
				.setUnitCode(report.unitCode())
				.setContent(report.content())
				.setReportedBy(report.reportedBy())
				.setReportedAt(Wire.timestamp(report.reportedAt()))
				.addAllAttachments(AttachmentWire.toWire(report.attachments())))
			.build();
	}

	/**
	 * The report a wire event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static UnitReport report(InspectionRectificationReported reported) {
		if (reported.getUnitCode().isEmpty() || reported.getContent().isEmpty() || !reported.hasReportedAt()) {
			throw new MalformedEventException(
					"rectification report " + reported.getReportId() + " lacks its unit, content or time");
		}
		return new UnitReport(Wire.uuid(reported.getReportId(), "rectification report"),
				Wire.uuid(reported.getRectificationId(), "rectification requirement"), reported.getUnitCode(),
				reported.getContent(), AttachmentWire.fromWire(reported.getAttachmentsList()), reported.getReportedBy(),
				Wire.instant(reported.getReportedAt()));
	}

	private static void missing(List<String> missing, boolean absent, String field) {
		if (absent) {
			missing.add(field);
		}
	}

}
