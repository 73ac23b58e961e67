package org.ducha.node.accountability.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.accountability.Basis;
import org.ducha.node.accountability.Proposal;
import org.ducha.node.accountability.ProposalStatus;
import org.ducha.node.accountability.StepKind;
import org.ducha.node.people.ChargeRole;

/**
 * A ladder proposal as the API shows it.
 *
 * @param id id
 * @param kind the rung proposed
 * @param status PROPOSED, CONFIRMED, DECLINED or ISSUED
 * @param unitCode the unit concerned
 * @param unitName its name
 * @param role the post addressed
 * @param personId the post's holder when proposed, or the person a criticism names
 * @param personName their name
 * @param personFixed whether the step is about that person whoever holds the post later
 * @param reason why
 * @param basis the facts it rests on
 * @param rectificationDeadline notices: the deadline
 * @param proposedBy {@code system} or the supervisor
 * @param proposedAt when
 * @param confirmedBy the confirming supervisor
 * @param confirmedAt when
 * @param confirmReason their reason
 * @param declinedBy who declined
 * @param declinedAt when
 * @param declineReason why
 * @param approvedBy the approving leader
 * @param approvedAt when
 * @param stepId the step issued
 */
record ProposalResponse(String id, StepKind kind, ProposalStatus status, String unitCode, String unitName,
		ChargeRole role, String personId, String personName, boolean personFixed, String reason, List<Basis> basis,
		LocalDate rectificationDeadline, String proposedBy, Instant proposedAt, String confirmedBy, Instant confirmedAt,
		String confirmReason, String declinedBy, Instant declinedAt, String declineReason, String approvedBy,
		Instant approvedAt, String stepId) {

	static ProposalResponse of(Proposal p) {
		return new ProposalResponse(p.id(), p.kind(), p.status(), p.unitCode(), p.unitName(), p.role(), p.personId(),
				p.personName(), p.personFixed(), p.reason(), p.basis(), p.rectificationDeadline(), p.proposedBy(),
				p.proposedAt(), p.confirmedBy(), p.confirmedAt(), p.confirmReason(), p.declinedBy(), p.declinedAt(),
				p.declineReason(), p.approvedBy(), p.approvedAt(), p.stepId());
	}

}
