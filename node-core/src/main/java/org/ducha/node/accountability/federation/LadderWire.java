package org.ducha.node.accountability.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.accountability.Basis;
import org.ducha.node.accountability.BasisKind;
import org.ducha.node.accountability.LadderStep;
import org.ducha.node.accountability.MeetingExplanation;
import org.ducha.node.accountability.RectificationDecision;
import org.ducha.node.accountability.RectificationReport;
import org.ducha.node.accountability.StepKind;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.people.ChargeRole;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.LadderBasis;
import org.ducha.proto.federation.v1.LadderBasisKind;
import org.ducha.proto.federation.v1.LadderStepKind;
import org.ducha.proto.federation.v1.LadderStepStated;
import org.ducha.proto.federation.v1.RectificationReported;

/**
 * Ladder steps and rectification reports to and from their wire form; for live events and
 * re-sync records alike.
 */
final class LadderWire {

	private LadderWire() {
	}

	static Event stated(LadderStep step) {
		LadderStepStated.Builder stated = LadderStepStated.newBuilder()
			.setStepId(step.id())
			.setKind(kind(step.kind()))
			.setIssuingNode(step.issuingNode())
			.setRevision(step.revision())
			.setUnitCode(step.unitCode())
			.setUnitName(step.unitName())
			.setPersonId(Wire.text(step.personId()))
			.setPersonName(Wire.text(step.personName()))
			.setPersonTitle(Wire.text(step.personTitle()))
			.setPersonRole((step.personRole() != null) ? role(step.personRole())
					: org.ducha.proto.federation.v1.ChargeRole.CHARGE_ROLE_UNSPECIFIED)
			.setIssuedOn(step.issuedOn().toString())
			.setReason(step.reason())
			.setRectificationDeadline(
					(step.rectificationDeadline() != null) ? step.rectificationDeadline().toString() : "")
			.setProposedBy(step.proposedBy())
			.setConfirmedBy(step.confirmedBy())
			.setApprovedBy(step.approvedBy())
			.setIssuedAt(Wire.timestamp(step.issuedAt()));
		for (Basis fact : step.basis()) {
			stated.addBasis(LadderBasis.newBuilder()
				.setKind(LadderBasisKind.valueOf("LADDER_BASIS_KIND_" + fact.kind().name()))
				.setRefId(Wire.text(fact.refId()))
				.setLabel(fact.label()));
		}
		for (RectificationDecision decision : step.decisions()) {
			stated.addDecisions(org.ducha.proto.federation.v1.RectificationDecision.newBuilder()
				.setReportId(decision.reportId())
				.setAccepted(decision.accepted())
				.setReason(Wire.text(decision.reason()))
				.setDecidedBy(decision.decidedBy())
				.setDecidedAt(Wire.timestamp(decision.decidedAt())));
		}
		MeetingExplanation meeting = step.explanation();
		if (meeting != null) {
			stated.setExplanation(org.ducha.proto.federation.v1.MeetingExplanation.newBuilder()
				.setMeetingDate(meeting.meetingDate().toString())
				.setPrincipalName(Wire.text(meeting.principalName()))
				.setExplanation(meeting.explanation())
				.setCommitment(meeting.commitment())
				.setRecordedBy(meeting.recordedBy())
				.setRecordedAt(Wire.timestamp(meeting.recordedAt())));
		}
		return Event.newBuilder().setLadderStepStated(stated).build();
	}

	/**
	 * The step a wire event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static LadderStep step(LadderStepStated stated) {
		String id = Wire.uuid(stated.getStepId(), "ladder step");
		List<String> missing = new ArrayList<>();
		missing(missing, stated.getUnitCode().isEmpty(), "unit_code");
		missing(missing, stated.getUnitName().isEmpty(), "unit_name");
		missing(missing, stated.getReason().isEmpty(), "reason");
		missing(missing, stated.getRevision() < 1, "revision");
		missing(missing, !stated.hasIssuedAt(), "issued_at");
		missing(missing, stated.getApprovedBy().isEmpty(), "approved_by");
		if (!missing.isEmpty()) {
			throw new MalformedEventException("ladder step " + id + " lacks " + String.join(", ", missing));
		}
		List<Basis> basis = stated.getBasisList()
			.stream()
			.map((fact) -> new Basis(Wire.enumValue(BasisKind.class, fact.getKind().name(), "LADDER_BASIS_KIND_"),
					Wire.optionalUuid(fact.getRefId(), "basis"), fact.getLabel()))
			.toList();
		List<RectificationDecision> decisions = stated.getDecisionsList()
			.stream()
			.map((d) -> new RectificationDecision(Wire.uuid(d.getReportId(), "rectification report"), d.getAccepted(),
					Wire.orNull(d.getReason()), d.getDecidedBy(), Wire.instant(d.getDecidedAt())))
			.toList();
		MeetingExplanation meeting = stated.hasExplanation()
				? new MeetingExplanation(Wire.date(stated.getExplanation().getMeetingDate()),
						Wire.orNull(stated.getExplanation().getPrincipalName()),
						stated.getExplanation().getExplanation(), stated.getExplanation().getCommitment(),
						stated.getExplanation().getRecordedBy(), Wire.instant(stated.getExplanation().getRecordedAt()))
				: null;
		ChargeRole role = (stated.getPersonRole() == org.ducha.proto.federation.v1.ChargeRole.CHARGE_ROLE_UNSPECIFIED)
				? null : Wire.enumValue(ChargeRole.class, stated.getPersonRole().name(), "CHARGE_ROLE_");
		return new LadderStep(id, Wire.enumValue(StepKind.class, kindName(stated.getKind()), "LADDER_STEP_KIND_"),
				stated.getIssuingNode(), stated.getRevision(), stated.getUnitCode(), stated.getUnitName(),
				Wire.optionalUuid(stated.getPersonId(), "person"), Wire.orNull(stated.getPersonName()),
				Wire.orNull(stated.getPersonTitle()), role, Wire.date(stated.getIssuedOn()), stated.getReason(), basis,
				stated.getRectificationDeadline().isEmpty() ? null : Wire.date(stated.getRectificationDeadline()),
				stated.getProposedBy(), stated.getConfirmedBy(), stated.getApprovedBy(),
				Wire.instant(stated.getIssuedAt()), decisions, meeting);
	}

	private static void missing(List<String> missing, boolean absent, String field) {
		if (absent) {
			missing.add(field);
		}
	}

	static Event reported(RectificationReport report) {
		return Event.newBuilder()
			.setRectificationReported(RectificationReported.newBuilder()
				.setReportId(report.id())
				.setStepId(report.stepId())
				.setUnitCode(report.unitCode())
				.setContent(report.content())
				.setReportedBy(report.reportedBy())
				.setReportedAt(Wire.timestamp(report.reportedAt())))
			.build();
	}

	/**
	 * The report a wire event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static RectificationReport report(RectificationReported reported) {
		if (reported.getUnitCode().isEmpty() || reported.getContent().isEmpty() || !reported.hasReportedAt()) {
			throw new MalformedEventException(
					"rectification report " + reported.getReportId() + " lacks its unit, content or time");
		}
		return new RectificationReport(Wire.uuid(reported.getReportId(), "rectification report"),
				Wire.uuid(reported.getStepId(), "ladder step"), reported.getUnitCode(), reported.getContent(),
				reported.getReportedBy(), Wire.instant(reported.getReportedAt()));
	}

	/** The wire names the domain's short kinds in full (NOTICE is SUPERVISION_NOTICE). */
	private static LadderStepKind kind(StepKind kind) {
		return switch (kind) {
			case NOTICE -> LadderStepKind.LADDER_STEP_KIND_SUPERVISION_NOTICE;
			case INTERVIEW -> LadderStepKind.LADDER_STEP_KIND_INTERVIEW;
			case CRITICISM -> LadderStepKind.LADDER_STEP_KIND_PUBLIC_CRITICISM;
			case REFERRAL -> LadderStepKind.LADDER_STEP_KIND_REFERRAL;
			case COMMENDATION -> LadderStepKind.LADDER_STEP_KIND_COMMENDATION;
		};
	}

	private static String kindName(LadderStepKind kind) {
		return switch (kind) {
			case LADDER_STEP_KIND_SUPERVISION_NOTICE -> "LADDER_STEP_KIND_NOTICE";
			case LADDER_STEP_KIND_PUBLIC_CRITICISM -> "LADDER_STEP_KIND_CRITICISM";
			default -> kind.name();
		};
	}

	private static org.ducha.proto.federation.v1.ChargeRole role(ChargeRole role) {
		return org.ducha.proto.federation.v1.ChargeRole.valueOf("CHARGE_ROLE_" + role.name());
	}

}
