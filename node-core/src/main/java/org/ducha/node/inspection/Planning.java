package org.ducha.node.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of this node's inspection plans: a supervisor drafts (warned of duplicate
 * supervision), edits, submits (with a reason when warned) or withdraws the draft; a
 * leader approves or sends it back; a supervisor marks it carried out and closes it.
 * Every step is audited; a step the plan's state does not allow is an
 * {@link IllegalTransitionException}. An announced plan is stated to other nodes once
 * approved; an unannounced one only once carried out.
 */
@Service
public class Planning {

	private final PlanStore plans;

	private final PlanScope scope;

	private final DuplicateCheck duplicates;

	private final Units units;

	private final Directory directory;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Planning(PlanStore plans, PlanScope scope, DuplicateCheck duplicates, Units units, Directory directory,
			NodeIdentity self, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.scope = scope;
		this.duplicates = duplicates;
		this.units = units;
		this.directory = directory;
		this.self = self;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A supervisor drafts a plan; the answer warns of duplicate supervision. */
	@Transactional
	public PlanDetail draft(PlanDraft draft, Actor actor) {
		this.scope.requirePlanner(actor);
		InspectionPlan plan = InspectionPlan.draft(UUID.randomUUID(), this.self.code(), this.self.name(),
				content(draft), actor.name(), now());
		if (draft.duplicateReason() != null && !draft.duplicateReason().isBlank()) {
			plan = new InspectionPlan(plan.id(), plan.planningNode(), plan.planningNodeName(), plan.content(),
					plan.status(), plan.draftedBy(), plan.draftedAt(), draft.duplicateReason().trim(), null, null, null,
					null, null, 0);
		}
		this.plans.insert(plan);
		List<PlanSummary> found = this.duplicates.duplicatesOf(plan);
		audit(plan, actor, "INSPECTION_PLAN_DRAFTED", warning(found));
		return new PlanDetail(plan, found);
	}

	/** A supervisor says the draft anew. */
	@Transactional
	public PlanDetail revise(UUID id, PlanDraft draft, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.SUPERVISOR, "edited");
		InspectionPlan revised = this.plans.update(plan.revised(content(draft)));
		List<PlanSummary> found = this.duplicates.duplicatesOf(revised);
		audit(revised, actor, "INSPECTION_PLAN_REVISED", warning(found));
		return new PlanDetail(revised, found);
	}

	/**
	 * A supervisor submits the draft for approval; when warned, only with a reason.
	 * @throws DuplicateSupervisionException when warned and no reason is given
	 */
	@Transactional
	public InspectionPlan submit(UUID id, String duplicateReason, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.SUPERVISOR, "submitted");
		List<PlanSummary> found = (plan.status() == PlanStatus.DRAFT) ? this.duplicates.duplicatesOf(plan) : List.of();
		InspectionPlan submitted = this.plans.update(plan.submitted(found, duplicateReason));
		audit(submitted, actor, "INSPECTION_PLAN_SUBMITTED", found.isEmpty() ? "no duplicate"
				: warning(found) + "; going on because: " + submitted.duplicateReason());
		return submitted;
	}

	/** A leader approves the plan; an announced one is stated to other nodes. */
	@Transactional
	public InspectionPlan approve(UUID id, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.LEADER, "approved");
		InspectionPlan approved = this.plans.update(plan.approved(actor.name(), now()));
		audit(approved, actor, "INSPECTION_PLAN_APPROVED", null);
		stateIfRevealed(approved);
		return approved;
	}

	/** A leader sends the plan back to its draft, with a reason. */
	@Transactional
	public InspectionPlan sendBack(UUID id, String reason, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.LEADER, "sent back");
		InspectionPlan sentBack = this.plans.update(plan.sentBack(reason));
		audit(sentBack, actor, "INSPECTION_PLAN_SENT_BACK", reason);
		return sentBack;
	}

	/**
	 * A supervisor marks the plan carried out; an unannounced one is revealed from now
	 * on.
	 */
	@Transactional
	public InspectionPlan carryOut(UUID id, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.SUPERVISOR, "marked carried out");
		InspectionPlan done = this.plans.update(plan.carriedOut(now()));
		audit(done, actor, "INSPECTION_PLAN_CARRIED_OUT", null);
		stateIfRevealed(done);
		return done;
	}

	/** A supervisor closes the plan. */
	@Transactional
	public InspectionPlan close(UUID id, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.SUPERVISOR, "closed");
		InspectionPlan closed = this.plans.update(plan.closed(now()));
		audit(closed, actor, "INSPECTION_PLAN_CLOSED", null);
		stateIfRevealed(closed);
		return closed;
	}

	/** A supervisor withdraws the draft. */
	@Transactional
	public InspectionPlan withdraw(UUID id, Actor actor) {
		InspectionPlan plan = plan(id);
		this.scope.requireStep(plan, actor, Role.SUPERVISOR, "withdrawn");
		InspectionPlan withdrawn = this.plans.update(plan.withdrawn());
		audit(withdrawn, actor, "INSPECTION_PLAN_WITHDRAWN", null);
		return withdrawn;
	}

	private void stateIfRevealed(InspectionPlan plan) {
		if (plan.revealed()) {
			this.events.publishEvent(new PlanStated(plan));
		}
	}

	private PlanContent content(PlanDraft draft) {
		List<PlanObject> objects = new LinkedHashSet<>(draft.objectUnitCodes()).stream().map(this::object).toList();
		List<String> team = new LinkedHashSet<>(draft.team()).stream().map(String::trim).toList();
		return new PlanContent((draft.title() != null) ? draft.title().trim() : null, draft.kind(), draft.methods(),
				draft.startsOn(), draft.endsOn(), objects, team, draft.basis());
	}

	/**
	 * A unit of this node's subtree: one known here by name, or a department of a node
	 * below.
	 */
	private PlanObject object(String code) {
		Unit unit = this.units.find(code).orElse(null);
		if (unit != null) {
			return new PlanObject(unit.code(), unit.name());
		}
		String node = Unit.nodeOf(code);
		if (!node.equals(code) && !node.equals(this.self.code()) && this.directory.isSelfOrBelow(node)) {
			return new PlanObject(code, code);
		}
		throw new InvalidRequestException("objects: " + code + " is no unit of " + this.self.name() + "'s subtree");
	}

	private InspectionPlan plan(UUID id) {
		return this.plans.find(id).orElseThrow(() -> PlanScope.notFound(id.toString()));
	}

	private void audit(InspectionPlan plan, Actor actor, String action, String detail) {
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor.subject(), null,
				(plan.content().unannounced() ? "unannounced " : "") + "inspection plan " + plan.id() + " '"
						+ plan.content().title() + "' of units "
						+ plan.content().objects().stream().map(PlanObject::unitCode).toList() + ", "
						+ plan.content().startsOn() + ".." + plan.content().endsOn() + ", now " + plan.status()
						+ ((detail != null) ? ": " + detail : ""));
	}

	private static String warning(List<PlanSummary> found) {
		return found.isEmpty() ? null : "warned of duplicate supervision by "
				+ found.stream().map((p) -> p.planningNode() + " plan " + p.id() + " on " + p.commonUnits()).toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
