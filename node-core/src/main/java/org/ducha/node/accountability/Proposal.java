package org.ducha.node.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.people.ChargeRole;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

/**
 * A proposed ladder step at the node that would issue it: made by the node's job (or by a
 * supervisor), confirmed or declined by a supervisor with a reason, approved by a leader,
 * which issues the step. Each decision is taken once; a second one is a conflict.
 *
 * @param id id
 * @param key what makes it unique: the job never proposes the same step twice
 * @param kind the rung proposed
 * @param status where it stands
 * @param unitCode the unit concerned
 * @param unitName its name
 * @param role the post addressed
 * @param personId the post's holder when proposed, or the person a criticism is about
 * @param personName their name
 * @param personFixed whether the step is about that person whoever holds the post when it
 * is issued (a criticism of the person interviewed)
 * @param reason why it is proposed
 * @param basis the facts it rests on
 * @param rectificationDeadline notices: the deadline proposed, then confirmed
 * @param proposedBy {@code system}, or the supervisor who proposed it
 * @param proposedAt when
 * @param confirmedBy the supervisor who confirmed it
 * @param confirmedAt when
 * @param confirmReason the supervisor's reason
 * @param declinedBy who declined it
 * @param declinedAt when
 * @param declineReason why
 * @param approvedBy the leader who approved it
 * @param approvedAt when
 * @param stepId the step issued
 * @param version optimistic version
 */
public record Proposal(String id, String key, StepKind kind, ProposalStatus status, String unitCode, String unitName,
		ChargeRole role, String personId, String personName, boolean personFixed, String reason, List<Basis> basis,
		LocalDate rectificationDeadline, String proposedBy, Instant proposedAt, String confirmedBy, Instant confirmedAt,
		String confirmReason, String declinedBy, Instant declinedAt, String declineReason, String approvedBy,
		Instant approvedAt, String stepId, long version) {

	public Proposal {
		basis = List.copyOf(basis);
	}

	/** A new proposal. */
	static Proposal of(String id, String key, StepKind kind, String unitCode, String unitName, ChargeRole role,
			String personId, String personName, boolean personFixed, String reason, List<Basis> basis,
			LocalDate rectificationDeadline, String proposedBy, Instant at) {
		return new Proposal(id, key, kind, ProposalStatus.PROPOSED, unitCode, unitName, role, personId, personName,
				personFixed, reason, basis, rectificationDeadline, proposedBy, at, null, null, null, null, null, null,
				null, null, null, 0);
	}

	/**
	 * A supervisor confirms it, with a reason; a notice's deadline may be set anew.
	 * @throws IllegalTransitionException when it is not waiting for a supervisor
	 * @throws InvalidRequestException when the reason is missing or the deadline past
	 */
	Proposal confirmed(String by, String why, LocalDate deadline, LocalDate today, Instant at) {
		if (this.status != ProposalStatus.PROPOSED) {
			throw decidedAlready("confirmed");
		}
		requireReason(why);
		LocalDate chosen = (deadline != null) ? deadline : this.rectificationDeadline;
		checkDeadline(chosen, today);
		return new Proposal(this.id, this.key, this.kind, ProposalStatus.CONFIRMED, this.unitCode, this.unitName,
				this.role, this.personId, this.personName, this.personFixed, this.reason, this.basis, chosen,
				this.proposedBy, this.proposedAt, by, at, why.trim(), null, null, null, null, null, null, this.version);
	}

	/**
	 * Declined with a reason: by a supervisor while proposed, by a leader instead of
	 * approving.
	 * @param byLeader whether a leader declines it
	 * @throws IllegalTransitionException when it was decided already, or is not the
	 * caller's to decline now
	 */
	Proposal declined(String by, boolean byLeader, String why, Instant at) {
		boolean open = this.status == ProposalStatus.PROPOSED || (this.status == ProposalStatus.CONFIRMED && byLeader);
		if (!open) {
			throw decidedAlready("declined");
		}
		requireReason(why);
		return new Proposal(this.id, this.key, this.kind, ProposalStatus.DECLINED, this.unitCode, this.unitName,
				this.role, this.personId, this.personName, this.personFixed, this.reason, this.basis,
				this.rectificationDeadline, this.proposedBy, this.proposedAt, this.confirmedBy, this.confirmedAt,
				this.confirmReason, by, at, why.trim(), null, null, null, this.version);
	}

	/**
	 * A leader approves it, issuing the step; a notice's deadline may be set anew.
	 * @throws IllegalTransitionException when it is not waiting for a leader
	 * @throws InvalidRequestException when a notice's deadline is past
	 */
	Proposal approved(String by, LocalDate deadline, LocalDate today, String step, Instant at) {
		if (this.status != ProposalStatus.CONFIRMED) {
			throw (this.status == ProposalStatus.PROPOSED)
					? new IllegalTransitionException("Proposal " + this.id
							+ " waits for a supervisor's confirmation before a leader approves it")
					: decidedAlready("approved");
		}
		LocalDate chosen = (deadline != null) ? deadline : this.rectificationDeadline;
		checkDeadline(chosen, today);
		return new Proposal(this.id, this.key, this.kind, ProposalStatus.ISSUED, this.unitCode, this.unitName,
				this.role, this.personId, this.personName, this.personFixed, this.reason, this.basis, chosen,
				this.proposedBy, this.proposedAt, this.confirmedBy, this.confirmedAt, this.confirmReason, null, null,
				null, by, at, step, this.version);
	}

	private void checkDeadline(LocalDate deadline, LocalDate today) {
		if (this.kind != StepKind.NOTICE) {
			return;
		}
		if (deadline == null) {
			throw new InvalidRequestException(
					"rectificationDeadline: a supervision notice sets a rectification deadline");
		}
		if (deadline.isBefore(today)) {
			throw new InvalidRequestException(
					"rectificationDeadline: " + deadline + " lies in the past (today is " + today + ")");
		}
	}

	private static void requireReason(String why) {
		if (why == null || why.isBlank()) {
			throw new InvalidRequestException("reason: every decision on a proposal gives its reason");
		}
	}

	private IllegalTransitionException decidedAlready(String act) {
		return new IllegalTransitionException("Proposal " + this.id + " is " + this.status + "; it cannot be " + act
				+ ((this.status == ProposalStatus.CONFIRMED) ? " by a supervisor again" : " any more"));
	}

}
