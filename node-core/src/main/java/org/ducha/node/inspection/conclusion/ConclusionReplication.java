package org.ducha.node.inspection.conclusion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the steps of conclusions other nodes state: the conclusion and its review as the
 * issuing node states them, the signing and the objection as the unit's node states them.
 * A copy's facts, once held, never change: the issue's text, unit and authors, the day of
 * signing, the objection, the review's outcome.
 */
@Service
public class ConclusionReplication {

	private final ConclusionStore store;

	private final NodeIdentity self;

	private final Directory directory;

	ConclusionReplication(ConclusionStore store, NodeIdentity self, Directory directory) {
		this.store = store;
		this.self = self;
		this.directory = directory;
	}

	/**
	 * An issued conclusion, from its issuer above, about a unit at or below this node.
	 * @throws ForbiddenException when the unit lies outside this subtree or a copy held
	 * here states other facts
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyIssued(Conclusion issued) {
		if (!this.directory.isSelfOrBelow(Unit.nodeOf(issued.unitCode()))
				|| issued.issuingNode().equals(this.self.code())) {
			throw new ForbiddenException("Conclusion " + issued.id() + " of " + issued.issuingNode()
					+ " is issued to unit " + issued.unitCode() + ", outside this node's subtree");
		}
		Conclusion known = this.store.lock(issued.id()).orElse(null);
		if (known == null) {
			this.store.save(issued);
			return;
		}
		if (!sameIssue(known, issued)) {
			throw new ForbiddenException("Conclusion " + issued.id() + " is stated again with another plan, unit, "
					+ "text or authors, which never change");
		}
	}

	/**
	 * Conclusions about units of the given nodes issued outside them, from an id on, for
	 * a re-sync: the issued ones (down) or those signed for (up).
	 */
	@Transactional(readOnly = true)
	public List<Conclusion> issuedInto(Collection<String> nodes, boolean signedOnly, String fromId, int limit) {
		return this.store.issuedInto(nodes, signedOnly, fromId, limit);
	}

	/**
	 * The unit's signing, from the unit's node, on a copy held here.
	 * @throws ForbiddenException when no copy is held here, or it was signed on another
	 * day or by another person
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applySigned(StepRef ref, LocalDate signedOn, String signedBy) {
		Conclusion known = known(ref);
		if (known.signedOn() == null) {
			this.store.save(new Conclusion(known.id(), known.planId(), known.issuingNode(), known.unitCode(),
					known.unitName(), known.text(), known.draftedBy(), known.draftedAt(), known.approvedBy(),
					known.issuedOn(), signedOn, signedBy, null, null));
			return;
		}
		same(known, known.signedOn().equals(signedOn) && known.signedBy().equals(signedBy), "signing");
	}

	/**
	 * The unit's objection, from the unit's node, on a signed copy held here.
	 * @throws ForbiddenException when no signed copy is held here, or it states another
	 * objection than the one held
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyObjection(StepRef ref, Objection objection) {
		Conclusion known = known(ref);
		if (known.objection() == null && known.signedOn() != null) {
			this.store.save(new Conclusion(known.id(), known.planId(), known.issuingNode(), known.unitCode(),
					known.unitName(), known.text(), known.draftedBy(), known.draftedAt(), known.approvedBy(),
					known.issuedOn(), known.signedOn(), known.signedBy(), objection, null));
			return;
		}
		same(known, objection.equals(known.objection()), "objection");
	}

	/**
	 * The review's outcome, from the issuer, on an objected copy held here.
	 * @throws ForbiddenException when no objected copy is held here, or it states another
	 * outcome than the one held
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyReview(StepRef ref, Review review) {
		Conclusion known = known(ref);
		if (known.review() == null && known.objection() != null) {
			this.store.save(new Conclusion(known.id(), known.planId(), known.issuingNode(), known.unitCode(),
					known.unitName(), known.text(), known.draftedBy(), known.draftedAt(), known.approvedBy(),
					known.issuedOn(), known.signedOn(), known.signedBy(), known.objection(), review));
			return;
		}
		same(known, review.equals(known.review()), "review");
	}

	private Conclusion known(StepRef ref) {
		Conclusion known = this.store.lock(ref.conclusionId())
			.orElseThrow(() -> new ForbiddenException("Conclusion " + ref.conclusionId() + " of unit " + ref.unitCode()
					+ " is not held here; a step of it is refused"));
		if (!known.unitCode().equals(ref.unitCode()) || !known.issuingNode().equals(ref.issuingNode())) {
			throw new ForbiddenException("Conclusion " + ref.conclusionId() + " is issued by " + known.issuingNode()
					+ " to unit " + known.unitCode() + "; a step naming " + ref.issuingNode() + " and unit "
					+ ref.unitCode() + " is refused");
		}
		return known;
	}

	/**
	 * The conclusion a step names, with its issuer and unit as the step states them.
	 *
	 * @param conclusionId the conclusion
	 * @param issuingNode its issuer
	 * @param unitCode its unit
	 */
	public record StepRef(String conclusionId, String issuingNode, String unitCode) {
	}

	private static void same(Conclusion known, boolean same, String what) {
		if (!same) {
			throw new ForbiddenException("Conclusion " + known.id() + " is " + known.state() + " here; its " + what
					+ " is stated again with other facts, or out of order, and is refused");
		}
	}

	private static boolean sameIssue(Conclusion a, Conclusion b) {
		return a.planId().equals(b.planId()) && a.issuingNode().equals(b.issuingNode())
				&& a.unitCode().equals(b.unitCode()) && a.text().equals(b.text()) && a.draftedBy().equals(b.draftedBy())
				&& a.approvedBy().equals(b.approvedBy()) && a.issuedOn().equals(b.issuedOn());
	}

}
