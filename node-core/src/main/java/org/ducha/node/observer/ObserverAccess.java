package org.ducha.node.observer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an invited observer may read today: the objects of the invitations that cover
 * today (the node's clock), made at this node for an observer of this node. The read
 * paths of the invitable features ask it; a caller who is not only an observer
 * ({@link Actor#readsOnlyByInvitation()}) is never answered from here.
 */
@Service
@Transactional(readOnly = true)
public class ObserverAccess {

	private final InvitationStore store;

	private final NodeIdentity self;

	private final Clock clock;

	ObserverAccess(InvitationStore store, NodeIdentity self, Clock clock) {
		this.store = store;
		this.self = self;
		this.clock = clock;
	}

	/** Whether the caller reads an object today by an invitation of this node. */
	public boolean covers(Actor actor, TargetKind kind, String targetId) {
		return actor.readsOnlyByInvitation() && covers(actor.username(), actor.orgCode(), kind, targetId, today());
	}

	/**
	 * Whether an observer of a node reads an object on a day by an invitation of this
	 * node.
	 */
	public boolean covers(String username, String orgCode, TargetKind kind, String targetId, LocalDate day) {
		return this.self.code().equals(orgCode) && this.store.of(username)
			.stream()
			.anyMatch((invitation) -> invitation.kind() == kind && invitation.targetId().equals(targetId)
					&& invitation.coversOn(day));
	}

	/**
	 * The objects of one kind the caller reads today by invitation; none for a caller who
	 * is not only an observer, or not of this node.
	 */
	public List<String> covered(Actor actor, TargetKind kind) {
		if (!actor.readsOnlyByInvitation() || !this.self.code().equals(actor.orgCode())) {
			return List.of();
		}
		LocalDate today = today();
		return this.store.of(actor.username())
			.stream()
			.filter((invitation) -> invitation.kind() == kind && invitation.coversOn(today))
			.map(Invitation::targetId)
			.distinct()
			.toList();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(NodeIdentity.ZONE));
	}

}
