package org.ducha.node.observer;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.problem.ConflictException;

/**
 * An observer's invitation to one object for a period, both days included, until it is
 * withdrawn.
 *
 * @param id the invitation's id
 * @param observer the observer's login name
 * @param kind what the object is
 * @param targetId the object's id
 * @param targetTitle the object's title when the invitation was made
 * @param from the first day the observer reads it
 * @param until the last day the observer reads it
 * @param invitedBy the inviting supervisor's login name
 * @param invitedAt when
 * @param withdrawal the withdrawal, or null while it stands
 */
public record Invitation(String id, String observer, TargetKind kind, String targetId, String targetTitle,
		LocalDate from, LocalDate until, String invitedBy, Instant invitedAt, Withdrawal withdrawal) {

	public Invitation {
		if (until.isBefore(from)) {
			throw new IllegalArgumentException("An invitation ends on or after the day it begins");
		}
	}

	/**
	 * Whether the observer reads its object on a day: within the period, not withdrawn.
	 */
	public boolean coversOn(LocalDate day) {
		return this.withdrawal == null && !day.isBefore(this.from) && !day.isAfter(this.until);
	}

	/** Its state on a day, as the lists show it. */
	public InvitationState stateOn(LocalDate day) {
		if (this.withdrawal != null) {
			return InvitationState.WITHDRAWN;
		}
		if (day.isBefore(this.from)) {
			return InvitationState.UPCOMING;
		}
		return day.isAfter(this.until) ? InvitationState.ENDED : InvitationState.ACTIVE;
	}

	/**
	 * Withdraws it: the observer reads its object no longer.
	 * @throws ConflictException when it was withdrawn already or its period is over
	 */
	Invitation withdraw(String by, Instant at, String reason, LocalDate today) {
		InvitationState state = stateOn(today);
		if (state == InvitationState.WITHDRAWN) {
			throw new ConflictException("邀请 " + this.id + " 已于 " + this.withdrawal.at() + " 撤回。 Invitation " + this.id
					+ " is WITHDRAWN already (" + this.withdrawal.at() + ").");
		}
		if (state == InvitationState.ENDED) {
			throw new ConflictException("邀请 " + this.id + " 已于 " + this.until + " 结束，无需撤回。 Invitation " + this.id
					+ " is ENDED: its last day was " + this.until + ".");
		}
		return new Invitation(this.id, this.observer, this.kind, this.targetId, this.targetTitle, this.from, this.until,
				this.invitedBy, this.invitedAt, new Withdrawal(by, at, reason));
	}

	/**
	 * A withdrawal.
	 *
	 * @param by the withdrawing supervisor's login name
	 * @param at when
	 * @param reason why
	 */
	public record Withdrawal(String by, Instant at, String reason) {
	}

}
