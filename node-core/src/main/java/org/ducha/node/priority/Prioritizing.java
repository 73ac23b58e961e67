package org.ducha.node.priority;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of this node's annual priorities: a supervisor drafts (one set per year),
 * edits and submits; a leader approves — then they travel down — or sends them back.
 * Every step is audited.
 */
@Service
public class Prioritizing {

	private final PriorityStore store;

	private final PriorityScope scope;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Prioritizing(PriorityStore store, PriorityScope scope, NodeIdentity self, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.self = self;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A supervisor drafts this node's priorities for a year.
	 * @throws ConflictException when the node has priorities for that year already
	 */
	@Transactional
	public AnnualPriorities draft(int year, List<PriorityItem> items, Actor actor) {
		this.scope.requireSupervisor(actor);
		AnnualPriorities.checkYear(year);
		if (this.store.find(this.self.code(), year).isPresent()) {
			throw new ConflictException(this.self.name() + year + "年的年度督查工作重点已存在: " + this.self.name()
					+ " has its priorities for " + year + " already");
		}
		AnnualPriorities drafted = AnnualPriorities.draft(UUID.randomUUID(), this.self.code(), this.self.name(), year,
				fresh(items), actor.name(), now());
		this.store.insert(drafted);
		audit(drafted, actor, "PRIORITIES_DRAFTED", null);
		return this.store.find(drafted.id()).orElseThrow();
	}

	/** A supervisor edits the draft. */
	@Transactional
	public AnnualPriorities revise(UUID id, List<PriorityItem> items, Actor actor) {
		AnnualPriorities priorities = priorities(id);
		this.scope.requireStep(priorities, actor, Role.SUPERVISOR);
		AnnualPriorities saved = this.store.update(priorities.revised(fresh(items)));
		audit(saved, actor, "PRIORITIES_REVISED", null);
		return saved;
	}

	/** A supervisor submits the draft for a leader's approval. */
	@Transactional
	public AnnualPriorities submit(UUID id, Actor actor) {
		AnnualPriorities priorities = priorities(id);
		this.scope.requireStep(priorities, actor, Role.SUPERVISOR);
		AnnualPriorities saved = this.store.update(priorities.submitted());
		audit(saved, actor, "PRIORITIES_SUBMITTED", null);
		return saved;
	}

	/** A leader approves them; they travel down to every node below. */
	@Transactional
	public AnnualPriorities approve(UUID id, Actor actor) {
		AnnualPriorities priorities = priorities(id);
		this.scope.requireStep(priorities, actor, Role.LEADER);
		AnnualPriorities saved = this.store.update(priorities.approved(actor.name(), now()));
		audit(saved, actor, "PRIORITIES_APPROVED", null);
		this.events.publishEvent(new PrioritiesApproved(saved));
		return saved;
	}

	/** A leader sends them back to the draft, with the reason. */
	@Transactional
	public AnnualPriorities sendBack(UUID id, String reason, Actor actor) {
		AnnualPriorities priorities = priorities(id);
		this.scope.requireStep(priorities, actor, Role.LEADER);
		AnnualPriorities saved = this.store.update(priorities.sentBack(reason));
		audit(saved, actor, "PRIORITIES_SENT_BACK", reason);
		return saved;
	}

	private AnnualPriorities priorities(UUID id) {
		return this.store.find(id).orElseThrow(() -> PriorityScope.notFound(id.toString()));
	}

	/** Items as written, each with a new id. */
	private static List<PriorityItem> fresh(List<PriorityItem> items) {
		return (items == null) ? List.of()
				: items.stream().map((i) -> new PriorityItem(UUID.randomUUID(), i.title(), i.description())).toList();
	}

	private void audit(AnnualPriorities p, Actor actor, String action, String detail) {
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor.subject(), null,
				"priorities " + p.id() + " of " + p.nodeCode() + " for " + p.year() + ", " + p.items().size()
						+ " items, now " + p.status() + ((detail != null) ? ": " + detail : ""));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
