package org.ducha.node.inspection.conclusion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.inspection.InspectionPlans;
import org.ducha.node.inspection.PlanFacts;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning node's side of a conclusion: a supervisor drafts it on a plan of this node
 * for one of the plan's inspected units, a leader approves it, and it is issued to the
 * unit. Nothing of an unannounced plan not yet carried out is issued, for the conclusion
 * would travel down and reveal it (docs/business-rules.md, "Conclusions and objections").
 */
@Service
public class Concluding {

	private final ConclusionStore store;

	private final ConclusionScope scope;

	private final InspectionPlans plans;

	private final Units units;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Concluding(ConclusionStore store, ConclusionScope scope, InspectionPlans plans, Units units, NodeIdentity self,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.plans = plans;
		this.units = units;
		this.self = self;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A supervisor of the planning node drafts a conclusion for one of the plan's units.
	 * @throws NotFoundException when the plan is not held here
	 * @throws ConflictException when the plan is another node's
	 * @throws InvalidRequestException when the unit is none of the plan's objects
	 */
	@Transactional
	public Conclusion draft(String planId, String unitCode, String text, Actor actor) {
		this.scope.requireDrafter(actor);
		PlanFacts plan = plan(planId);
		if (!plan.planningNode().equals(this.self.code())) {
			throw new ConflictException("Plan " + planId + " is planned by node " + plan.planningNode()
					+ "; its conclusions are drafted there");
		}
		if (unitCode == null || !plan.objectUnitCodes().contains(unitCode)) {
			throw new InvalidRequestException(
					"unitCode: one of the units plan " + planId + " inspects " + plan.objectUnitCodes());
		}
		String unitName = this.units.find(unitCode).map(Unit::name).orElse(unitCode);
		Conclusion drafted = Conclusion.draft(Ids.newId(), planId, this.self.code(), unitCode, unitName, text,
				actor.name(), now());
		this.store.save(drafted);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_DRAFTED", actor.subject(), null,
				"conclusion " + drafted.id() + " on plan " + planId + " for unit " + unitCode);
		return drafted;
	}

	/** A leader of the planning node approves the draft. */
	@Transactional
	public Conclusion approve(String id, Actor actor) {
		Conclusion conclusion = lock(id, actor);
		this.scope.requireIssuer(actor, conclusion, Role.LEADER, "approves");
		Conclusion approved = conclusion.approve(actor.name());
		this.store.save(approved);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_APPROVED", actor.subject(), null,
				"conclusion " + id + " on plan " + conclusion.planId());
		return approved;
	}

	/**
	 * The approved conclusion is issued to its unit, and travels to the unit's node.
	 * @throws ConflictException when its plan is unannounced and not yet carried out
	 */
	@Transactional
	public Conclusion issue(String id, Actor actor) {
		Conclusion conclusion = lock(id, actor);
		this.scope.requireIssuer(actor, conclusion, Role.SUPERVISOR, "issues");
		PlanFacts plan = plan(conclusion.planId());
		if (!plan.revealed()) {
			throw new ConflictException("Plan " + plan.id() + " is unannounced and " + plan.status()
					+ ": nothing of it leaves the planning node before it is carried out (暗访方案实施前不得下发)");
		}
		Conclusion issued = conclusion.issue(LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE));
		this.store.save(issued);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_ISSUED", actor.subject(), null,
				"conclusion " + id + " issued to unit " + issued.unitCode() + " on " + issued.issuedOn());
		this.events.publishEvent(new ConclusionStepTaken(issued));
		return issued;
	}

	private Conclusion lock(String id, Actor actor) {
		Conclusion conclusion = this.store.lock(id).orElseThrow(() -> ConclusionScope.notFound(id));
		this.scope.requireReader(actor, conclusion);
		return conclusion;
	}

	private PlanFacts plan(String planId) {
		UUID uuid;
		try {
			uuid = UUID.fromString(planId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No inspection plan " + planId);
		}
		return this.plans.find(uuid).orElseThrow(() -> new NotFoundException("No inspection plan " + planId));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
