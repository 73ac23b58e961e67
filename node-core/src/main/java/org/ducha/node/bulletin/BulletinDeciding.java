package org.ducha.node.bulletin;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's side of a bulletin: approving a submitted one or returning it to draft with
 * a reason; and publishing an approved one (by a leader or supervisor).
 */
@Service
@Transactional
public class BulletinDeciding {

	private final BulletinStore store;

	private final BulletinScope scope;

	private final BulletinPublication publication;

	private final AuditTrail audit;

	BulletinDeciding(BulletinStore store, BulletinScope scope, BulletinPublication publication, AuditTrail audit) {
		this.store = store;
		this.scope = scope;
		this.publication = publication;
		this.audit = audit;
	}

	/**
	 * Approves a submitted bulletin.
	 * @throws ConflictException unless it is submitted
	 */
	public Bulletin approve(String id, Actor actor) {
		Bulletin bulletin = lock(id, actor);
		this.scope.requireLeader(actor);
		BulletinTransitions.requireStatus(bulletin, BulletinStatus.SUBMITTED, "审批");
		Bulletin approved = BulletinTransitions.approved(bulletin, actor.subject());
		this.store.update(approved, 0, 0);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_APPROVED", actor.subject(), null,
				BulletinDrafting.describe(approved));
		return approved;
	}

	/**
	 * Returns a submitted bulletin to draft.
	 * @throws ConflictException unless it is submitted
	 * @throws InvalidRequestException without a reason
	 */
	public Bulletin returnToDraft(String id, String reason, Actor actor) {
		Bulletin bulletin = lock(id, actor);
		this.scope.requireLeader(actor);
		String why = BulletinDrafting.blankToNull(reason);
		if (why == null) {
			throw new InvalidRequestException("退回须说明理由 (returning a bulletin needs a reason)");
		}
		BulletinTransitions.requireStatus(bulletin, BulletinStatus.SUBMITTED, "退回");
		Bulletin returned = BulletinTransitions.returned(bulletin, actor.subject(), why);
		this.store.update(returned, 0, 0);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "BULLETIN_RETURNED", actor.subject(), null,
				BulletinDrafting.describe(returned) + ": " + why);
		return returned;
	}

	/**
	 * Publishes an approved bulletin: numbered, rendered once, distributed.
	 * @throws ConflictException unless it is approved
	 */
	public Bulletin publish(String id, Actor actor) {
		Bulletin bulletin = lock(id, actor);
		this.scope.requirePublisher(actor);
		BulletinTransitions.requireStatus(bulletin, BulletinStatus.APPROVED, "发布");
		return this.publication.publish(bulletin, actor);
	}

	private Bulletin lock(String id, Actor actor) {
		return this.store.lock(id)
			.map((found) -> this.scope.requireReadable(found, actor))
			.orElseThrow(() -> BulletinScope.notFound(id));
	}

}
