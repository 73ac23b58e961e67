package org.ducha.node.inspection.conclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

/**
 * An inspection conclusion (督查结论) and what followed it: the issuer's drafting, approval
 * and issue, the unit's signature and objection, the issuer's review. Each transition
 * checks the state, returns the conclusion as changed and leaves this one as it was.
 *
 * @param id id
 * @param planId the inspection plan it concludes
 * @param issuingNode the planning node, which writes the conclusion and its review
 * @param unitCode the inspected unit it is issued to
 * @param unitName the unit's name
 * @param text the conclusion as drafted and issued
 * @param draftedBy its drafter (a supervisor)
 * @param draftedAt when drafted
 * @param approvedBy its approver (a leader); null before approval
 * @param issuedOn the day it was issued; null before
 * @param signedOn the day the unit signed for it (签收); null before
 * @param signedBy who signed
 * @param objection the unit's objection; null when none
 * @param review the review of the objection; null before
 */
public record Conclusion(String id, String planId, String issuingNode, String unitCode, String unitName, String text,
		String draftedBy, Instant draftedAt, String approvedBy, LocalDate issuedOn, LocalDate signedOn, String signedBy,
		Objection objection, Review review) {

	/** Calendar days after the signing in which the unit may object (条例 Art 17). */
	public static final int OBJECTION_DAYS = 30;

	/** Calendar days after the objection in which it is reviewed (条例 Art 18). */
	public static final int REVIEW_DAYS = 30;

	/** A new draft. */
	public static Conclusion draft(String id, String planId, String issuingNode, String unitCode, String unitName,
			String text, String draftedBy, Instant draftedAt) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException("text: the conclusion (督查结论)");
		}
		return new Conclusion(id, planId, issuingNode, unitCode, unitName, text.trim(), draftedBy, draftedAt, null,
				null, null, null, null, null);
	}

	/** Where it stands, from the steps taken. */
	public ConclusionState state() {
		if (this.review != null) {
			return ConclusionState.REVIEWED;
		}
		if (this.objection != null) {
			return ConclusionState.OBJECTED;
		}
		if (this.signedOn != null) {
			return ConclusionState.SIGNED;
		}
		if (this.issuedOn != null) {
			return ConclusionState.ISSUED;
		}
		return (this.approvedBy != null) ? ConclusionState.APPROVED : ConclusionState.DRAFT;
	}

	/** A leader approves the draft. */
	public Conclusion approve(String leader) {
		require(ConclusionState.DRAFT, "approved");
		return new Conclusion(this.id, this.planId, this.issuingNode, this.unitCode, this.unitName, this.text,
				this.draftedBy, this.draftedAt, leader, null, null, null, null, null);
	}

	/** The approved conclusion goes to the unit. */
	public Conclusion issue(LocalDate today) {
		require(ConclusionState.APPROVED, "issued");
		return new Conclusion(this.id, this.planId, this.issuingNode, this.unitCode, this.unitName, this.text,
				this.draftedBy, this.draftedAt, this.approvedBy, today, null, null, null, null);
	}

	/** The unit signs for it (签收); the day is recorded, the objection window opens. */
	public Conclusion sign(String by, LocalDate today) {
		require(ConclusionState.ISSUED, "signed for");
		return new Conclusion(this.id, this.planId, this.issuingNode, this.unitCode, this.unitName, this.text,
				this.draftedBy, this.draftedAt, this.approvedBy, this.issuedOn, today, by, null, null);
	}

	/** The last day the unit may object: the 30th calendar day after the signing. */
	public LocalDate objectionClosesOn() {
		return (this.signedOn != null) ? this.signedOn.plusDays(OBJECTION_DAYS) : null;
	}

	/**
	 * The unit objects (复核申请).
	 * @throws ObjectionClosedException after the 30th day from the signing
	 */
	public Conclusion object(Objection filed) {
		require(ConclusionState.SIGNED, "objected to");
		if (filed.filedOn().isAfter(objectionClosesOn())) {
			throw new ObjectionClosedException(this.id, this.signedOn, objectionClosesOn());
		}
		if (filed.reasons() == null || filed.reasons().isBlank()) {
			throw new InvalidRequestException("reasons: why the unit objects (复核理由)");
		}
		return new Conclusion(this.id, this.planId, this.issuingNode, this.unitCode, this.unitName, this.text,
				this.draftedBy, this.draftedAt, this.approvedBy, this.issuedOn, this.signedOn, this.signedBy, filed,
				null);
	}

	/** The day the review is due: the 30th calendar day after the objection. */
	public LocalDate reviewDueOn() {
		return (this.objection != null) ? this.objection.filedOn().plusDays(REVIEW_DAYS) : null;
	}

	/**
	 * Those who may not review the objection: the conclusion's drafter and approver and
	 * the plan's authors (its drafter, approver and inspection team).
	 */
	public Set<String> authors(Set<String> planAuthors) {
		Set<String> authors = new LinkedHashSet<>(planAuthors);
		authors.add(this.draftedBy);
		if (this.approvedBy != null) {
			authors.add(this.approvedBy);
		}
		return authors;
	}

	/**
	 * The objection is reviewed; a review after its 30 days is still recorded, marked
	 * late, for the unit is owed an answer.
	 * @param planAuthors the plan's drafter, approver and team
	 * @throws RecusalException when the reviewer is one of the authors
	 */
	public Conclusion review(ReviewOutcome outcome, String changedText, String reviewer, Set<String> planAuthors,
			LocalDate today, Instant at) {
		require(ConclusionState.OBJECTED, "reviewed");
		if (authors(planAuthors).contains(reviewer)) {
			throw new RecusalException(this.id, reviewer, role(reviewer, planAuthors));
		}
		if (outcome == null) {
			throw new InvalidRequestException("outcome: UPHELD (维持) or CHANGED (变更)");
		}
		boolean changed = outcome == ReviewOutcome.CHANGED;
		if (changed && (changedText == null || changedText.isBlank())) {
			throw new InvalidRequestException("changedText: the conclusion as changed (变更后的结论)");
		}
		Review review = new Review(outcome, changed ? changedText.trim() : null, reviewer, today,
				today.isAfter(reviewDueOn()), at);
		return new Conclusion(this.id, this.planId, this.issuingNode, this.unitCode, this.unitName, this.text,
				this.draftedBy, this.draftedAt, this.approvedBy, this.issuedOn, this.signedOn, this.signedBy,
				this.objection, review);
	}

	/** The conclusion in force: as changed by the review, or as issued. */
	public String textInForce() {
		return (this.review != null && this.review.changedText() != null) ? this.review.changedText() : this.text;
	}

	private String role(String reviewer, Set<String> planAuthors) {
		if (reviewer.equals(this.draftedBy)) {
			return "drafted the conclusion (起草人)";
		}
		if (reviewer.equals(this.approvedBy)) {
			return "approved the conclusion (审批人)";
		}
		return "is an author of the inspection plan or on its team (督查组成员)";
	}

	private void require(ConclusionState wanted, String step) {
		ConclusionState current = state();
		if (current != wanted) {
			throw new IllegalTransitionException("Conclusion " + this.id + " is " + current + "; only a " + wanted
					+ " conclusion is " + step + " (督查结论当前状态: " + current + ")");
		}
	}

	/** The objection window closed: 409 with the day it closed. */
	public static class ObjectionClosedException extends ConflictException {

		ObjectionClosedException(String id, LocalDate signedOn, LocalDate closedOn) {
			super("The objection window of conclusion " + id + " closed on " + closedOn + ", 30 calendar days after "
					+ "its signing on " + signedOn + " (复核申请期限已于 " + closedOn + " 届满)");
		}

	}

}
