package org.ducha.node.inspection.conclusion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspected unit's side of a conclusion, at the unit's node: it signs for it (签收, the
 * day recorded) and may object (复核申请) within 30 calendar days of signing; both travel up
 * to the issuer.
 */
@Service
public class ConclusionReceipt {

	private final ConclusionStore store;

	private final ConclusionScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConclusionReceipt(ConclusionStore store, ConclusionScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The unit signs for an issued conclusion. */
	@Transactional
	public Conclusion sign(String id, Actor actor) {
		Conclusion conclusion = this.store.lock(id).orElseThrow(() -> ConclusionScope.notFound(id));
		this.scope.requireUnitOf(actor, conclusion);
		Conclusion signed = conclusion.sign(actor.name(), today());
		this.store.save(signed);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_SIGNED", actor.subject(), null,
				"conclusion " + id + " signed for by unit " + signed.unitCode() + " on " + signed.signedOn());
		this.events.publishEvent(new ConclusionStepTaken(signed));
		return signed;
	}

	/**
	 * The unit objects to a conclusion it signed for.
	 * @throws Conclusion.ObjectionClosedException after the 30th day from the signing
	 */
	@Transactional
	public Conclusion object(String id, String reasons, List<String> attachmentIds, Actor actor) {
		Conclusion conclusion = this.store.lock(id).orElseThrow(() -> ConclusionScope.notFound(id));
		this.scope.requireUnitOf(actor, conclusion);
		Objection objection = new Objection(today(), actor.name(), (reasons != null) ? reasons.trim() : null,
				(attachmentIds != null) ? attachmentIds : List.of(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		Conclusion objected = conclusion.object(objection);
		this.store.save(objected);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_OBJECTED", actor.subject(), null,
				"objection to conclusion " + id + " by unit " + objected.unitCode() + " on " + objection.filedOn()
						+ ", review due " + objected.reviewDueOn());
		this.events.publishEvent(new ConclusionStepTaken(objected));
		return objected;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

}
