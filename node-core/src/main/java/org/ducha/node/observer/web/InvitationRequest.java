package org.ducha.node.observer.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.observer.InviteObserver;
import org.ducha.node.observer.TargetKind;

/**
 * Body of an invitation.
 *
 * @param observer the observer's login name
 * @param kind TASK or INSPECTION_PLAN
 * @param targetId the task's or plan's id
 * @param from the first day, included
 * @param until the last day, included
 */
record InvitationRequest(@NotBlank @Size(max = 128) String observer, @NotNull TargetKind kind,
		@NotBlank @Size(max = 64) String targetId, @NotNull LocalDate from, @NotNull LocalDate until) {

	InviteObserver toCommand() {
		return new InviteObserver(this.observer.strip(), this.kind, this.targetId.strip(), this.from, this.until);
	}

}
