package org.ducha.node.accountability;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.unit.Unit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a ladder step, audits it, and tells the rest of the node: {@link StepStated}
 * when this node issued or restated it, {@link StepDelivered} when it is first known here
 * and concerns a unit of this node.
 */
@Component
class StepPublication {

	private final StepStore steps;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	StepPublication(StepStore steps, NodeIdentity self, AuditTrail audit, ApplicationEventPublisher events) {
		this.steps = steps;
		this.self = self;
		this.audit = audit;
		this.events = events;
	}

	/** A step this node issues. */
	void issued(LadderStep step, String actor) {
		this.steps.insert(step);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "LADDER_STEP_ISSUED", actor, null, describe(step));
		this.events.publishEvent(new StepStated(step));
		deliverIfHere(step);
	}

	/** A step of this node stated again with a new revision. */
	void restated(LadderStep step, String actor, String action, String detail) {
		this.steps.update(step);
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor, null, describe(step) + "; " + detail);
		this.events.publishEvent(new StepStated(step));
	}

	/**
	 * A step another node stated: a new one is kept and delivered; a newer revision of a
	 * known one replaces what may change.
	 * @param known the copy held here, or null
	 */
	void kept(LadderStep step, LadderStep known) {
		if (known == null) {
			this.steps.insert(step);
			this.audit.recordWithChange(AuditCategory.BUSINESS, "LADDER_STEP_RECEIVED", step.issuingNode(),
					step.issuingNode(), describe(step));
			deliverIfHere(step);
		}
		else if (step.revision() > known.revision()) {
			this.steps.update(step);
		}
	}

	private void deliverIfHere(LadderStep step) {
		if (Unit.nodeOf(step.unitCode()).equals(this.self.code())) {
			this.events.publishEvent(new StepDelivered(step));
		}
	}

	private static String describe(LadderStep step) {
		return step.kind() + " " + step.id() + " of " + step.issuingNode() + " about unit " + step.unitCode()
				+ ((step.personId() != null) ? " and person " + step.personId() + " (" + step.personName() + ")" : "")
				+ " on " + step.issuedOn() + " (revision " + step.revision() + ")";
	}

}
