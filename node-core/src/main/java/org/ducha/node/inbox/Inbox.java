package org.ducha.node.inbox;

import java.time.Clock;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertStatus;
import org.ducha.node.alert.Alerting;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's inbox: list, read, sign for (签收). An item outside the caller's inbox is not
 * found, exactly like a missing one. Signing an alert's item (or its escalation's) signs
 * for the alert.
 */
@Service
public class Inbox {

	private final InboxStore store;

	private final Alerting alerting;

	private final NodeIdentity self;

	private final Clock clock;

	Inbox(InboxStore store, Alerting alerting, NodeIdentity self, Clock clock) {
		this.store = store;
		this.alerting = alerting;
		this.self = self;
		this.clock = clock;
	}

	/** A page of the caller's inbox, newest first. */
	@Transactional(readOnly = true)
	public InboxPage list(Actor actor, boolean unreadOnly, int page, int size) {
		if (!isBusinessUser(actor)) {
			return new InboxPage(List.of(), page, size, 0);
		}
		InboxScope scope = scope(actor);
		return new InboxPage(this.store.page(scope, unreadOnly, size, (long) page * size), page, size,
				this.store.count(scope, unreadOnly));
	}

	/** Marks an item read for the caller. */
	@Transactional
	public InboxEntry read(String id, Actor actor) {
		InboxEntry entry = visible(id, actor);
		if (!entry.isRead()) {
			this.store.markRead(id, actor.subject(), this.clock.instant());
		}
		return visible(id, actor);
	}

	/**
	 * Signs for an item (签收) for the caller's unit; reading it too.
	 * @throws ConflictException when it was signed for already
	 */
	@Transactional
	public InboxEntry sign(String id, Actor actor) {
		InboxItem item = visible(id, actor).item();
		if (item.isSigned()) {
			throw new ConflictException("Inbox item " + id + " was already signed for by " + item.signedBy());
		}
		if (item.source() == InboxSource.ALERT || item.source() == InboxSource.ESCALATION) {
			Alert alert = this.alerting.get(item.sourceId(), actor);
			if (alert.getStatus() != AlertStatus.ACKNOWLEDGED) {
				this.alerting.acknowledge(alert.getId(), null, actor);
			}
		}
		this.store.sign(id, actor.name(), this.clock.instant());
		this.store.markRead(id, actor.subject(), this.clock.instant());
		return visible(id, actor);
	}

	private InboxEntry visible(String id, Actor actor) {
		if (!isBusinessUser(actor)) {
			throw notFound(id);
		}
		return this.store.find(id, scope(actor)).orElseThrow(() -> notFound(id));
	}

	private InboxScope scope(Actor actor) {
		boolean government = actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		return new InboxScope(actor.subject(), actor.unitCode(), actor.has(Role.UNIT_HEAD),
				government ? this.self.code() : null);
	}

	private boolean isBusinessUser(Actor actor) {
		return this.self.code().equals(actor.orgCode())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD);
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("No inbox item " + id);
	}

}
