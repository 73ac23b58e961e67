package org.ducha.node.observer.web;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.observer.Invitation;

/**
 * An invitation as the API shows it, with where it stands today.
 *
 * @param id the invitation's id
 * @param observer the observer's login name
 * @param kind TASK or INSPECTION_PLAN
 * @param targetId the object's id
 * @param targetTitle the object's title when the invitation was made
 * @param from the first day, included
 * @param until the last day, included
 * @param state UPCOMING, ACTIVE, ENDED or WITHDRAWN
 * @param invitedBy the inviting supervisor
 * @param invitedAt when
 * @param withdrawnBy the withdrawing supervisor, if withdrawn
 * @param withdrawnAt when, if withdrawn
 * @param withdrawReason why, if withdrawn
 */
record InvitationResponse(String id, String observer, String kind, String targetId, String targetTitle, LocalDate from,
		LocalDate until, String state, String invitedBy, Instant invitedAt, String withdrawnBy, Instant withdrawnAt,
		String withdrawReason) {

	static InvitationResponse of(Invitation invitation, LocalDate today) {
		Invitation.Withdrawal withdrawal = invitation.withdrawal();
		return new InvitationResponse(invitation.id(), invitation.observer(), invitation.kind().name(),
				invitation.targetId(), invitation.targetTitle(), invitation.from(), invitation.until(),
				invitation.stateOn(today).name(), invitation.invitedBy(), invitation.invitedAt(),
				(withdrawal != null) ? withdrawal.by() : null, (withdrawal != null) ? withdrawal.at() : null,
				(withdrawal != null) ? withdrawal.reason() : null);
	}

}
