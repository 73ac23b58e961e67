package org.ducha.node.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.people.Person;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People decide on the ladder's proposals at the node that would issue the step: a
 * supervisor confirms or declines with a reason, a leader approves (or declines instead),
 * and the approval issues the step — counted against the post's holder on its date, or
 * the person a criticism names — to the unit. A second decision on the same proposal is a
 * conflict.
 */
@Service
public class Deciding {

	private final ProposalStore proposals;

	private final LadderScope scope;

	private final PeopleInCharge people;

	private final StepPublication publication;

	private final Proposing proposing;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final Clock clock;

	Deciding(ProposalStore proposals, LadderScope scope, PeopleInCharge people, StepPublication publication,
			Proposing proposing, NodeIdentity self, AuditTrail audit, Clock clock) {
		this.proposals = proposals;
		this.scope = scope;
		this.people = people;
		this.publication = publication;
		this.proposing = proposing;
		this.self = self;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A supervisor confirms a proposal with a reason; a notice's deadline may be set
	 * anew.
	 * @throws IllegalTransitionException when it was decided already
	 */
	@Transactional
	public Proposal confirm(String id, String reason, LocalDate deadline, Actor actor) {
		this.scope.requireDecider(actor, id, Role.SUPERVISOR);
		Proposal confirmed = proposal(id).confirmed(actor.name(), reason, deadline, today(), now());
		return decided(this.proposals.update(confirmed), actor, "LADDER_PROPOSAL_CONFIRMED", reason);
	}

	/**
	 * A supervisor declines a proposal, or a leader declines one instead of approving it.
	 * @throws IllegalTransitionException when it was decided already
	 */
	@Transactional
	public Proposal decline(String id, String reason, Actor actor) {
		this.scope.requireDecider(actor, id, actor.has(Role.LEADER) ? Role.LEADER : Role.SUPERVISOR);
		Proposal declined = proposal(id).declined(actor.name(), actor.has(Role.LEADER), reason, now());
		return decided(this.proposals.update(declined), actor, "LADDER_PROPOSAL_DECLINED", reason);
	}

	/**
	 * A leader approves a confirmed proposal: the step is issued to the unit.
	 * @throws IllegalTransitionException when it is not confirmed, or was decided already
	 */
	@Transactional
	public LadderStep approve(String id, LocalDate deadline, Actor actor) {
		this.scope.requireDecider(actor, id, Role.LEADER);
		Proposal approved = proposal(id).approved(actor.name(), deadline, today(), Ids.newId(), now());
		approved = this.proposals.update(approved);
		decided(approved, actor, "LADDER_PROPOSAL_APPROVED", "step " + approved.stepId());
		LadderStep step = step(approved);
		this.publication.issued(step, actor.subject());
		if (step.kind() == StepKind.INTERVIEW) {
			this.proposing.criticismAfter(step);
		}
		return step;
	}

	/** The step an approved proposal issues today. */
	private LadderStep step(Proposal approved) {
		LocalDate today = today();
		Optional<Person> person = approved.personFixed() ? this.people.person(approved.personId())
				: this.people.holderOn(approved.unitCode(), approved.role(), today);
		String personId = approved.personFixed() ? approved.personId() : person.map(Person::id).orElse(null);
		String personName = approved.personFixed() ? approved.personName() : person.map(Person::name).orElse(null);
		String reason = approved.reason() + "（核实意见：" + approved.confirmReason() + "）";
		return new LadderStep(approved.stepId(), approved.kind(), this.self.code(), 1, approved.unitCode(),
				approved.unitName(), personId, personName, person.map(Person::title).orElse(null), approved.role(),
				today, reason, approved.basis(), approved.rectificationDeadline(), approved.proposedBy(),
				approved.confirmedBy(), approved.approvedBy(), approved.approvedAt(), List.of(), null);
	}

	private Proposal decided(Proposal proposal, Actor actor, String action, String reason) {
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor.subject(), null,
				proposal.kind() + " " + proposal.id() + " about unit " + proposal.unitCode() + ": " + reason);
		return proposal;
	}

	private Proposal proposal(String id) {
		return this.proposals.find(id).orElseThrow(() -> new NotFoundException("No ladder proposal " + id));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
