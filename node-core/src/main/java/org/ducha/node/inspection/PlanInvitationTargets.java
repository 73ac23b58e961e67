package org.ducha.node.inspection;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.observer.InvitationTargets;
import org.ducha.node.observer.TargetKind;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Component;

/**
 * Inspection plans as what an observer can be invited to (docs/security.md, "4.5 Invited
 * observers"): an approved, carried out or closed plan stored here that the inviting
 * supervisor sees. An unannounced plan not yet carried out is nobody's to show: inviting
 * an outsider to it would reveal it.
 */
@Component
class PlanInvitationTargets implements InvitationTargets {

	/** The states in which a plan is shown to an invited observer. */
	static final Set<PlanStatus> SHOWN = EnumSet.of(PlanStatus.APPROVED, PlanStatus.CARRIED_OUT, PlanStatus.CLOSED);

	private final PlanStore plans;

	private final PlanScope scope;

	PlanInvitationTargets(PlanStore plans, PlanScope scope) {
		this.plans = plans;
		this.scope = scope;
	}

	@Override
	public TargetKind kind() {
		return TargetKind.INSPECTION_PLAN;
	}

	@Override
	public Optional<String> titleFor(String targetId, Actor inviter) {
		UUID id;
		try {
			id = UUID.fromString(targetId);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
		return this.plans.find(id)
			.filter((plan) -> SHOWN.contains(plan.status()) && plan.revealed())
			.filter((plan) -> this.scope.sees(plan, inviter))
			.map((plan) -> plan.content().title());
	}

}
