package org.ducha.node.inspection.conclusion.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.inspection.conclusion.Conclusion;
import org.ducha.node.inspection.conclusion.ConclusionRecords.ConclusionView;
import org.ducha.node.inspection.conclusion.ConclusionState;
import org.ducha.node.inspection.conclusion.Objection;
import org.ducha.node.inspection.conclusion.Review;

/**
 * A conclusion as the API shows it, with the windows that follow from its steps.
 *
 * @param id id
 * @param planId the plan it concludes
 * @param issuingNode the planning node
 * @param unitCode the inspected unit
 * @param unitName its name
 * @param state where it stands
 * @param text the conclusion as issued
 * @param textInForce as changed by the review, or as issued
 * @param draftedBy its drafter
 * @param draftedAt when drafted
 * @param approvedBy its approver
 * @param issuedOn the day of issue
 * @param signedOn the day the unit signed for it
 * @param signedBy who signed
 * @param objectionClosesOn the last day the unit may object
 * @param objection the unit's objection
 * @param reviewDueOn the last day of the review's 30
 * @param review the review
 * @param remindedDaysBefore the review reminders sent, in days before its deadline
 */
record ConclusionResponse(String id, String planId, String issuingNode, String unitCode, String unitName,
		ConclusionState state, String text, String textInForce, String draftedBy, Instant draftedAt, String approvedBy,
		LocalDate issuedOn, LocalDate signedOn, String signedBy, LocalDate objectionClosesOn, Objection objection,
		LocalDate reviewDueOn, Review review, List<Integer> remindedDaysBefore) {

	static ConclusionResponse of(ConclusionView view) {
		Conclusion c = view.conclusion();
		return new ConclusionResponse(c.id(), c.planId(), c.issuingNode(), c.unitCode(), c.unitName(), c.state(),
				c.text(), c.textInForce(), c.draftedBy(), c.draftedAt(), c.approvedBy(), c.issuedOn(), c.signedOn(),
				c.signedBy(), c.objectionClosesOn(), c.objection(), c.reviewDueOn(), c.review(),
				view.remindedDaysBefore());
	}

}
