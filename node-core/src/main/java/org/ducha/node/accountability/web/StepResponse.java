package org.ducha.node.accountability.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.accountability.Basis;
import org.ducha.node.accountability.LadderStep;
import org.ducha.node.accountability.MeetingExplanation;
import org.ducha.node.accountability.RectificationDecision;
import org.ducha.node.accountability.RectificationReport;
import org.ducha.node.accountability.RectificationState;
import org.ducha.node.accountability.StepKind;
import org.ducha.node.accountability.StepRecord;
import org.ducha.node.people.ChargeRole;

/**
 * A ladder step as the API shows it, with the unit's rectification reports.
 *
 * @param id id
 * @param kind NOTICE, INTERVIEW, CRITICISM, REFERRAL or COMMENDATION
 * @param issuingNode the node that issued it
 * @param revision the issuer's revision
 * @param unitCode the unit concerned
 * @param unitName its name
 * @param personId the person it counts against, if anyone held the post
 * @param personName their name
 * @param personTitle their title
 * @param personRole PRINCIPAL or DEPUTY
 * @param issuedOn its date
 * @param reason why
 * @param basis the facts it rests on
 * @param rectificationDeadline notices: the deadline
 * @param proposedBy who proposed it ({@code system} for the node's job)
 * @param confirmedBy the supervisor who confirmed it
 * @param approvedBy the leader who approved it
 * @param issuedAt when
 * @param decisions the issuer's decisions on rectification reports
 * @param explanation criticisms: the executive meeting's explanation
 * @param rectifications notices: the unit's rectification reports
 * @param rectification notices: NONE, REPORTED, RETURNED or ACCEPTED
 */
record StepResponse(String id, StepKind kind, String issuingNode, long revision, String unitCode, String unitName,
		String personId, String personName, String personTitle, ChargeRole personRole, LocalDate issuedOn,
		String reason, List<Basis> basis, LocalDate rectificationDeadline, String proposedBy, String confirmedBy,
		String approvedBy, Instant issuedAt, List<RectificationDecision> decisions, MeetingExplanation explanation,
		List<RectificationReport> rectifications, RectificationState rectification) {

	static StepResponse of(StepRecord record) {
		LadderStep s = record.step();
		return new StepResponse(s.id(), s.kind(), s.issuingNode(), s.revision(), s.unitCode(), s.unitName(),
				s.personId(), s.personName(), s.personTitle(), s.personRole(), s.issuedOn(), s.reason(), s.basis(),
				s.rectificationDeadline(), s.proposedBy(), s.confirmedBy(), s.approvedBy(), s.issuedAt(), s.decisions(),
				s.explanation(), record.rectifications(), record.rectification());
	}

	static StepResponse of(LadderStep step) {
		return of(new StepRecord(step, List.of(), null));
	}

}
