package org.ducha.node.assessment;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a formula version the province set; a version already held changes nothing, so a
 * version arriving twice (log and re-sync) is harmless.
 */
@Service
public class FormulaReplication {

	private final FormulaStore store;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	FormulaReplication(FormulaStore store, AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void apply(Formula formula) {
		if (this.store.holds(formula.version())) {
			return;
		}
		this.store.insert(formula);
		this.audit.recordWithChange(AuditCategory.REFERENCE, "ASSESSMENT_FORMULA_RECEIVED", formula.setBy(),
				formula.originNode(), FormulaAdministration.describe(formula));
		this.events.publishEvent(new FormulaChanged(formula, false));
	}

}
