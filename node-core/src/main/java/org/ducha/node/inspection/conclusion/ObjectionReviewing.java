package org.ducha.node.inspection.conclusion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.inspection.InspectionPlans;
import org.ducha.node.inspection.PlanFacts;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an objection at the issuing node (复核), by a supervisor or leader who is
 * none of the conclusion's authors — its drafter, its approver, the plan's drafter,
 * approver and team — which the system enforces (回避); the outcome travels down to the
 * unit.
 */
@Service
public class ObjectionReviewing {

	private final ConclusionStore store;

	private final ConclusionScope scope;

	private final InspectionPlans plans;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ObjectionReviewing(ConclusionStore store, ConclusionScope scope, InspectionPlans plans, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.plans = plans;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the review's outcome.
	 * @param username the reviewer's account name (the plan's team is named by account, a
	 * drafter or approver by display name), null when unknown
	 * @throws RecusalException when the reviewer is one of the authors
	 */
	@Transactional
	public Conclusion review(String id, ReviewOutcome outcome, String changedText, Actor actor, String username) {
		Conclusion conclusion = this.store.lock(id).orElseThrow(() -> ConclusionScope.notFound(id));
		this.scope.requireReviewer(actor, conclusion);
		Set<String> planAuthors = this.plans.find(UUID.fromString(conclusion.planId()))
			.map(PlanFacts::authors)
			.orElseThrow(() -> new ConflictException("Plan " + conclusion.planId() + " of conclusion " + id
					+ " is not held here; its authors are unknown, so no one can be cleared to review"));
		// the authors are named by account or by display name; any of the reviewer's
		// names recuses
		Set<String> authors = conclusion.authors(planAuthors);
		String reviewer = Stream.of(username, actor.subject())
			.filter((name) -> name != null && authors.contains(name))
			.findFirst()
			.orElse(actor.name());
		Conclusion reviewed;
		try {
			reviewed = conclusion.review(outcome, changedText, reviewer, planAuthors,
					LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE),
					this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		}
		catch (RecusalException ex) {
			this.audit.record(AuditCategory.BUSINESS, "CONCLUSION_REVIEW_RECUSED", actor.subject(), null,
					"review of the objection to conclusion " + id + " refused: " + reviewer + " is an author");
			throw ex;
		}
		this.store.save(reviewed);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_REVIEWED", actor.subject(), null,
				"objection to conclusion " + id + " reviewed: " + reviewed.review().outcome()
						+ (reviewed.review().late() ? " (late, due " + reviewed.reviewDueOn() + ")" : ""));
		this.events.publishEvent(new ConclusionStepTaken(reviewed));
		return reviewed;
	}

}
