package org.ducha.node.inspection.finding;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a rectification requirement, audits it, and tells the federation when this node
 * issued or restated it.
 */
@Component
class RectificationPublication {

	private final RectificationStore store;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	RectificationPublication(RectificationStore store, AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.audit = audit;
		this.events = events;
	}

	/** A requirement this node issues. */
	void issued(Rectification rectification, String actor) {
		this.store.insert(rectification);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "RECTIFICATION_REQUIRED", actor, null,
				describe(rectification));
		this.events.publishEvent(new RectificationStated(rectification));
	}

	/** A requirement of this node stated again with a new revision. */
	void restated(Rectification rectification, String actor, String action, String detail) {
		this.store.update(rectification);
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor, null,
				describe(rectification) + "; " + detail);
		this.events.publishEvent(new RectificationStated(rectification));
	}

	/**
	 * A requirement another node stated: a new one is kept, a newer revision of a known
	 * one replaces what may change.
	 * @param known the copy held here, or null
	 */
	void kept(Rectification rectification, Rectification known) {
		if (known == null) {
			this.store.insert(rectification);
			this.audit.recordWithChange(AuditCategory.BUSINESS, "RECTIFICATION_REQUIREMENT_RECEIVED",
					rectification.issuingNode(), rectification.issuingNode(), describe(rectification));
		}
		else if (rectification.revision() > known.revision()) {
			this.store.update(rectification);
		}
	}

	static String describe(Rectification rectification) {
		return "rectification " + rectification.id() + " of " + rectification.issuingNode() + " (plan "
				+ rectification.planId() + ", finding " + rectification.findingId() + ") for unit "
				+ rectification.unitCode() + " due " + rectification.deadline() + " (revision "
				+ rectification.revision() + ")";
	}

}
