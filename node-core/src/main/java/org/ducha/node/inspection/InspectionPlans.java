package org.ducha.node.inspection;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read port of inspection plans for the findings and conclusions sub-packages: a plan
 * as stored at this node. Below the planner an unannounced plan is not stored before it
 * is carried out, so it is not found there.
 */
@Service
public class InspectionPlans {

	private final PlanStore plans;

	InspectionPlans(PlanStore plans) {
		this.plans = plans;
	}

	/** The plan as stored at this node, if it is. */
	@Transactional(readOnly = true)
	public Optional<PlanFacts> find(UUID planId) {
		return this.plans.find(planId).map(InspectionPlan::facts);
	}

}
