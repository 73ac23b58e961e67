package org.ducha.node.divisions;

import java.time.Clock;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.tree.Division;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's system administrator keeps the registry: registers a division, renames
 * or moves it, or retires its code. Each change gets the next registry version, is
 * audited, and goes to every node below.
 */
@Service
public class DivisionAdministration {

	private final DivisionStore store;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final NodeIdentity self;

	private final Clock clock;

	DivisionAdministration(DivisionStore store, Divisions divisions, AuditTrail audit, ApplicationEventPublisher events,
			NodeIdentity self, Clock clock) {
		this.store = store;
		this.divisions = divisions;
		this.audit = audit;
		this.events = events;
		this.self = self;
		this.clock = clock;
	}

	/** Registers a division, or renames or moves one. */
	@Transactional
	public DivisionRecord set(String code, String name, String parentCode, String reason, Actor actor) {
		requireKeeper(actor);
		if (!NodeIdentity.isNodeCode(code)) {
			throw new InvalidRequestException("A division code has six digits, not '" + code + "'");
		}
		if (code.equals(this.self.code())) {
			throw new InvalidRequestException("Division " + code + " is this province, the registry's root");
		}
		requireText(name, 64, "name");
		requireText(reason, 1000, "reason");
		Optional<Division> parent = this.divisions.find(parentCode);
		if (parent.isEmpty()) {
			throw new InvalidRequestException("The parent division " + parentCode + " is not in the registry");
		}
		if (parentCode.equals(code) || this.divisions.isBelow(parentCode, code)) {
			throw new InvalidRequestException(
					"Division " + code + " cannot lie under " + parentCode + ", which lies under it");
		}
		return save(new DivisionRecord(code, name.strip(), parentCode, false, 0, reason.strip(), actor.subject(),
				this.clock.instant(), this.self.code()), "DIVISION_SET");
	}

	/** Retires a division's code: it no longer exists, and no node may announce it. */
	@Transactional
	public DivisionRecord retire(String code, String reason, Actor actor) {
		requireKeeper(actor);
		requireText(reason, 1000, "reason");
		DivisionRecord held = this.divisions.record(code)
			.filter((record) -> !record.retired())
			.orElseThrow(() -> new NotFoundException("Division " + code + " is not in the registry"));
		if (code.equals(this.self.code())) {
			throw new InvalidRequestException("Division " + code + " is this province, the registry's root");
		}
		if (!this.divisions.childrenOf(code).isEmpty()) {
			throw new ConflictException(
					"Division " + code + " still has divisions under it; move or retire them first");
		}
		return save(new DivisionRecord(code, held.name(), held.parentCode(), true, 0, reason.strip(), actor.subject(),
				this.clock.instant(), this.self.code()), "DIVISION_RETIRED");
	}

	private DivisionRecord save(DivisionRecord change, String action) {
		long version = this.store.nextVersion();
		DivisionRecord record = new DivisionRecord(change.code(), change.name(), change.parentCode(), change.retired(),
				version, change.reason(), change.changedBy(), change.changedAt(), change.originNode());
		this.store.replace(record);
		this.audit.recordWithChange(AuditCategory.REFERENCE, action, record.changedBy(), null,
				"division " + record.code() + " " + record.name()
						+ (record.retired() ? " retired" : " under " + record.parentCode()) + " as registry version "
						+ version + ": " + record.reason());
		this.events.publishEvent(new DivisionChanged(record, true));
		this.divisions.changed();
		return record;
	}

	private void requireKeeper(Actor actor) {
		if (this.self.level() != NodeLevel.PROVINCE) {
			throw new ForbiddenException(
					"The division registry is kept at the province; " + this.self.name() + " receives it from there");
		}
		if (!actor.administers(this.self.code(), Role.SYSADMIN)) {
			throw new ForbiddenException("Only a system administrator of " + this.self.name() + " keeps the registry");
		}
	}

	private static void requireText(String text, int max, String what) {
		if (text == null || text.isBlank() || text.length() > max) {
			throw new InvalidRequestException(
					"The division's " + what + " is required, at most " + max + " characters");
		}
	}

}
