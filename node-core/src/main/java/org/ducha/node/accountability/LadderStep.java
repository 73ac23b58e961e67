package org.ducha.node.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ducha.node.people.ChargeRole;
import org.ducha.node.task.IllegalTransitionException;

/**
 * A step of the ladder as its issuing node states it: the rung, the unit and the person
 * it counts against (the post's holder on its date), its date, reason and the facts it
 * rests on — which never change — and, stated again with a higher revision, the issuer's
 * decisions on the unit's rectification reports and the executive meeting's explanation.
 *
 * @param id id
 * @param kind the rung
 * @param issuingNode the node that issued it
 * @param revision the issuer's revision of the step
 * @param unitCode the unit concerned
 * @param unitName its name
 * @param personId the person it counts against; null when nobody held the post
 * @param personName their name
 * @param personTitle their title (职务)
 * @param personRole the post they held, or were interviewed in
 * @param issuedOn the step's date
 * @param reason why
 * @param basis the facts it rests on
 * @param rectificationDeadline notices: the rectification deadline
 * @param proposedBy who proposed it ({@code system} for the node's job)
 * @param confirmedBy the supervisor who confirmed it
 * @param approvedBy the leader who approved it
 * @param issuedAt when it was issued
 * @param decisions the issuer's decisions on rectification reports, oldest first
 * @param explanation criticisms: the executive meeting's explanation, once recorded
 */
public record LadderStep(String id, StepKind kind, String issuingNode, long revision, String unitCode, String unitName,
		String personId, String personName, String personTitle, ChargeRole personRole, LocalDate issuedOn,
		String reason, List<Basis> basis, LocalDate rectificationDeadline, String proposedBy, String confirmedBy,
		String approvedBy, Instant issuedAt, List<RectificationDecision> decisions, MeetingExplanation explanation) {

	public LadderStep {
		basis = List.copyOf(basis);
		decisions = List.copyOf(decisions);
	}

	/** Whether the issuer accepted a rectification of this notice. */
	public boolean isRectified() {
		return this.decisions.stream().anyMatch(RectificationDecision::accepted);
	}

	/** The issuer's decision on a report, if any. */
	public RectificationDecision decisionOn(String reportId) {
		return this.decisions.stream().filter((d) -> d.reportId().equals(reportId)).findFirst().orElse(null);
	}

	/**
	 * The issuer's decision on the unit's latest rectification report.
	 * @throws IllegalTransitionException when this is not a notice, or the report was
	 * decided on already
	 */
	LadderStep decided(RectificationDecision decision) {
		if (this.kind != StepKind.NOTICE) {
			throw new IllegalTransitionException("Step " + this.id + " is a " + this.kind.label()
					+ "; only a supervision notice is rectified against");
		}
		if (decisionOn(decision.reportId()) != null) {
			throw new IllegalTransitionException("Rectification report " + decision.reportId() + " of notice " + this.id
					+ " was decided on already");
		}
		List<RectificationDecision> all = new ArrayList<>(this.decisions);
		all.add(decision);
		return new LadderStep(this.id, this.kind, this.issuingNode, this.revision + 1, this.unitCode, this.unitName,
				this.personId, this.personName, this.personTitle, this.personRole, this.issuedOn, this.reason,
				this.basis, this.rectificationDeadline, this.proposedBy, this.confirmedBy, this.approvedBy,
				this.issuedAt, all, this.explanation);
	}

	/**
	 * The principal leader's explanation at the executive meeting, recorded once.
	 * @throws IllegalTransitionException when this is not a criticism, or it was recorded
	 * already
	 */
	LadderStep explained(MeetingExplanation meeting) {
		if (this.kind != StepKind.CRITICISM) {
			throw new IllegalTransitionException("Step " + this.id + " is a " + this.kind.label()
					+ "; the executive meeting's explanation follows a public criticism");
		}
		if (this.explanation != null) {
			throw new IllegalTransitionException("The explanation after criticism " + this.id + " was recorded on "
					+ this.explanation.recordedAt() + " already");
		}
		return new LadderStep(this.id, this.kind, this.issuingNode, this.revision + 1, this.unitCode, this.unitName,
				this.personId, this.personName, this.personTitle, this.personRole, this.issuedOn, this.reason,
				this.basis, this.rectificationDeadline, this.proposedBy, this.confirmedBy, this.approvedBy,
				this.issuedAt, this.decisions, meeting);
	}

	/**
	 * Whether another statement of this step keeps its immutable facts: the rung, the
	 * issuer, the unit, the person, the date, the reason, the basis and the deadline.
	 */
	boolean keepsFactsOf(LadderStep other) {
		return this.kind == other.kind && this.issuingNode.equals(other.issuingNode)
				&& this.unitCode.equals(other.unitCode) && Objects.equals(this.personId, other.personId)
				&& this.issuedOn.equals(other.issuedOn) && this.reason.equals(other.reason)
				&& this.basis.equals(other.basis)
				&& Objects.equals(this.rectificationDeadline, other.rectificationDeadline);
	}

}
