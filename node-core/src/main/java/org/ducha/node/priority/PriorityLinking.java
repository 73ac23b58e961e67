package org.ducha.node.priority;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links this node's tasks and inspection plans to the approved priorities they implement
 * — this node's or a higher level's — and reads priorities with their links. A link is
 * this node's own record: it never travels.
 */
@Service
public class PriorityLinking {

	private final PriorityStore store;

	private final PriorityScope scope;

	private final PriorityTargets targets;

	private final AuditTrail audit;

	private final Clock clock;

	PriorityLinking(PriorityStore store, PriorityScope scope, PriorityTargets targets, AuditTrail audit, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.targets = targets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A supervisor links a task or plan of this node, in their scope, to an approved
	 * priority item. Linking twice is one link.
	 */
	@Transactional
	public PriorityView link(UUID itemId, TargetKind kind, String targetId, Actor actor) {
		AnnualPriorities priorities = linkable(itemId, actor);
		this.targets.requireOwn(kind, targetId, actor);
		if (this.store.link(new PriorityLink(itemId, kind, targetId, actor.name(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS)))) {
			audit(priorities, itemId, kind, targetId, actor, "PRIORITY_LINKED");
		}
		return view(priorities, actor);
	}

	/** A supervisor removes a link; removing a missing one changes nothing. */
	@Transactional
	public PriorityView unlink(UUID itemId, TargetKind kind, String targetId, Actor actor) {
		AnnualPriorities priorities = linkable(itemId, actor);
		this.targets.requireOwn(kind, targetId, actor);
		if (this.store.unlink(itemId, kind, targetId)) {
			audit(priorities, itemId, kind, targetId, actor, "PRIORITY_UNLINKED");
		}
		return view(priorities, actor);
	}

	/** Priorities the caller may see, with this node's links to them. */
	@Transactional(readOnly = true)
	public PriorityView get(UUID id, Actor actor) {
		AnnualPriorities priorities = this.store.find(id).orElseThrow(() -> PriorityScope.notFound(id.toString()));
		this.scope.requireVisible(priorities, actor);
		return view(priorities, actor);
	}

	/** Every year's priorities stored here that the caller sees, or one year's. */
	@Transactional(readOnly = true)
	public List<AnnualPriorities> list(Integer year, Actor actor) {
		this.scope.requireReader(actor);
		return this.store.all(year, List.of(PriorityStatus.values()))
			.stream()
			.filter((p) -> this.scope.sees(p, actor))
			.toList();
	}

	private AnnualPriorities linkable(UUID itemId, Actor actor) {
		AnnualPriorities priorities = this.store.ofItem(itemId)
			.filter((p) -> this.scope.sees(p, actor))
			.orElseThrow(() -> PriorityScope.notFound(itemId.toString()));
		this.scope.requireSupervisor(actor);
		priorities.requireLinkable();
		return priorities;
	}

	private PriorityView view(AnnualPriorities priorities, Actor actor) {
		return new PriorityView(priorities,
				this.store.links(priorities.id()).stream().map((l) -> this.targets.of(l, actor)).toList());
	}

	private void audit(AnnualPriorities p, UUID itemId, TargetKind kind, String targetId, Actor actor, String action) {
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor.subject(), null, kind + " " + targetId
				+ " and priority item " + itemId + " of " + p.nodeCode() + "'s priorities for " + p.year());
	}

}
