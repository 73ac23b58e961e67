package org.ducha.node.observer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites observers and withdraws invitations: the supervisors of this node invite, list
 * and withdraw; the leaders of this node list; an observer lists what they are invited
 * to. Each invitation and withdrawal is in the audit trail with the change.
 */
@Service
@Transactional
public class Invitations {

	private final InvitationStore store;

	private final Map<TargetKind, InvitationTargets> targets = new EnumMap<>(TargetKind.class);

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final Clock clock;

	Invitations(InvitationStore store, List<InvitationTargets> targets, NodeIdentity self, AuditTrail audit,
			Clock clock) {
		this.store = store;
		targets.forEach((kind) -> this.targets.put(kind.kind(), kind));
		this.self = self;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Invites an observer to an object the supervisor may see.
	 * @throws ForbiddenException for anyone but a supervisor of this node
	 * @throws NotFoundException for an object the supervisor may not see, or none
	 * @throws InvalidRequestException for a period that ends before it begins, or is over
	 */
	public Invitation invite(InviteObserver command, Actor actor) {
		requireSupervisor(actor, "邀请观察员", "invites observers");
		LocalDate today = today();
		if (command.until().isBefore(command.from())) {
			throw new InvalidRequestException("邀请的结束日期 " + command.until() + " 早于开始日期 " + command.from()
					+ "。 The invitation ends (" + command.until() + ") before it begins (" + command.from() + ").");
		}
		if (command.until().isBefore(today)) {
			throw new InvalidRequestException("邀请的结束日期 " + command.until() + " 已过去。 The invitation's last day "
					+ command.until() + " is in the past.");
		}
		InvitationTargets kind = this.targets.get(command.kind());
		if (kind == null) {
			throw new InvalidRequestException(
					"本节点尚不能邀请观察员查看 " + command.kind() + "。 This node cannot invite to " + command.kind() + " yet.");
		}
		String title = kind.titleFor(command.targetId(), actor)
			.orElseThrow(() -> new NotFoundException("No " + command.kind() + " " + command.targetId()));
		Invitation invitation = new Invitation(Ids.newId(), command.observer(), command.kind(), command.targetId(),
				title, command.from(), command.until(), actor.username(), this.clock.instant(), null);
		this.store.insert(invitation);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "OBSERVER_INVITED", actor.subject(), null,
				"observer " + invitation.observer() + " invited to " + invitation.kind() + " " + invitation.targetId()
						+ " (" + title + ") from " + invitation.from() + " until " + invitation.until()
						+ " as invitation " + invitation.id());
		return invitation;
	}

	/**
	 * Withdraws an invitation: its observer reads its object no longer.
	 * @throws ForbiddenException for anyone but a supervisor of this node (asked before
	 * the invitation is looked up, so nobody else learns whether it exists)
	 * @throws ConflictException when it was withdrawn already or has ended
	 */
	public Invitation withdraw(String id, String reason, Actor actor) {
		requireSupervisor(actor, "撤回邀请", "withdraws invitations");
		Invitation invitation = this.store.find(id).orElseThrow(() -> new NotFoundException("No invitation " + id));
		Invitation withdrawn = invitation.withdraw(actor.username(), this.clock.instant(), reason, today());
		if (!this.store.withdraw(withdrawn)) {
			throw new ConflictException("邀请 " + id + " 已撤回。 Invitation " + id + " is WITHDRAWN already.");
		}
		this.audit.recordWithChange(AuditCategory.BUSINESS, "OBSERVER_INVITATION_WITHDRAWN", actor.subject(), null,
				"invitation " + id + " of observer " + invitation.observer() + " to " + invitation.kind() + " "
						+ invitation.targetId() + " withdrawn" + ((reason != null) ? ": " + reason : ""));
		return withdrawn;
	}

	/** Every invitation of this node, newest first, for its supervisors and leaders. */
	@Transactional(readOnly = true)
	public List<Invitation> all(Actor actor) {
		if (!this.self.code().equals(actor.orgCode()) || !actor.hasAny(Role.SUPERVISOR, Role.LEADER)) {
			throw new ForbiddenException("只有本节点的督查员和领导可以查看观察员邀请。 Only the supervisors and leaders of "
					+ this.self.name() + " read its invitations of observers.");
		}
		return this.store.all();
	}

	/**
	 * What the calling observer is invited to at this node today or later: the active and
	 * upcoming invitations; ended and withdrawn ones are no longer shown.
	 */
	@Transactional(readOnly = true)
	public List<Invitation> mine(Actor actor) {
		if (!actor.has(Role.OBSERVER) || !this.self.code().equals(actor.orgCode())) {
			return List.of();
		}
		LocalDate today = today();
		return this.store.of(actor.username())
			.stream()
			.filter((invitation) -> invitation.stateOn(today) == InvitationState.ACTIVE
					|| invitation.stateOn(today) == InvitationState.UPCOMING)
			.toList();
	}

	/** Today at this node, by its clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(NodeIdentity.ZONE));
	}

	private void requireSupervisor(Actor actor, String zh, String en) {
		if (!this.self.code().equals(actor.orgCode()) || !actor.has(Role.SUPERVISOR)) {
			throw new ForbiddenException("只有" + this.self.name() + "的督查员可以" + zh + "。 Only a supervisor of "
					+ this.self.name() + " (" + this.self.code() + ") " + en + ".");
		}
	}

}
