package org.ducha.node.accountability;

import java.time.LocalDate;

import org.ducha.node.people.ChargeRole;

/**
 * A step a supervisor proposes by hand (the government office proposes, 三(四)): a referral
 * for serious consequences or bad influence, a commendation, or any other rung the record
 * does not show by itself.
 *
 * @param kind the rung
 * @param unitCode the unit concerned, of this node's subtree
 * @param assignmentId an assignment of this node's task to the unit it rests on, if any
 * @param personId the person concerned (a criticism names one), of the unit
 * @param role the post addressed; by default the rung's
 * @param reason why
 * @param rectificationDeadline notices: the rectification deadline; by default the
 * configured working days from today
 */
public record ManualProposal(StepKind kind, String unitCode, String assignmentId, String personId, ChargeRole role,
		String reason, LocalDate rectificationDeadline) {
}
