package org.ducha.node.inspection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Duplicate supervision (条例 Art. 15): the announced plans known at this node — its own
 * and the copies it received — that inspect a unit in common with a plan in an
 * overlapping period. Unannounced plans are never among them, whoever asks: warning of
 * one would reveal it; an unannounced plan is itself checked against the announced ones.
 */
@Component
class DuplicateCheck {

	private static final Set<PlanStatus> STANDING = EnumSet.of(PlanStatus.AWAITING_APPROVAL, PlanStatus.APPROVED,
			PlanStatus.CARRIED_OUT, PlanStatus.CLOSED);

	private final PlanStore plans;

	DuplicateCheck(PlanStore plans) {
		this.plans = plans;
	}

	List<PlanSummary> duplicatesOf(InspectionPlan plan) {
		return duplicatesOf(plan.id().toString(), plan.content());
	}

	List<PlanSummary> duplicatesOf(String planId, PlanContent content) {
		List<String> units = content.objects().stream().map(PlanObject::unitCode).toList();
		return this.plans.covering(units, STANDING, true)
			.stream()
			.filter((other) -> !other.id().toString().equals(planId))
			.filter((other) -> !other.content().unannounced())
			.filter((other) -> other.content().overlaps(content.startsOn(), content.endsOn()))
			.map((other) -> new PlanSummary(other.id(), other.planningNode(), other.planningNodeName(),
					other.content().title(), other.content().startsOn(), other.content().endsOn(),
					other.content().objects().stream().map(PlanObject::unitCode).filter(units::contains).toList()))
			.toList();
	}

}
