package org.ducha.node.inspection.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.ducha.node.task.IllegalTransitionException;

/**
 * A rectification requirement (整改要求): a finding of an inspection turned into what a unit
 * must put right by a deadline counted in working days. A fact of the issuing (planning)
 * node, kept at the unit's node and the nodes between; each decision of the issuer
 * (verification, return visit, closing) restates it at a higher revision, and none
 * changes what was required of whom by when.
 *
 * @param id id
 * @param findingId the finding it comes from
 * @param planId the inspection plan
 * @param issuingNode the planning node, which issued it
 * @param revision moves with each decision of the issuer
 * @param unitCode the unit that rectifies
 * @param unitName the unit's name
 * @param finding what was found, as the unit reads it
 * @param requirement what must be rectified
 * @param workingDays the working days allowed
 * @param deadline the day it is due
 * @param issuedBy who issued it
 * @param issuedAt when
 * @param verifications the on-site verifications, oldest first
 * @param visits the return visits, oldest first
 * @param closedBy who closed it, or null
 * @param closedAt when, or null
 */
public record Rectification(String id, String findingId, String planId, String issuingNode, long revision,
		String unitCode, String unitName, String finding, String requirement, int workingDays, LocalDate deadline,
		String issuedBy, Instant issuedAt, List<Verification> verifications, List<ReturnVisit> visits, String closedBy,
		Instant closedAt) {

	public Rectification {
		verifications = List.copyOf(verifications);
		visits = List.copyOf(visits);
	}

	/**
	 * Where it stands given the unit's reports known here.
	 */
	public RectificationState state(List<UnitReport> reports) {
		if (this.closedAt != null) {
			return RectificationState.CLOSED;
		}
		UnitReport latest = latest(reports);
		if (latest == null) {
			return RectificationState.REQUIRED;
		}
		Verification verification = verificationOf(latest.id());
		if (verification == null) {
			return RectificationState.REPORTED;
		}
		if (!verification.confirmed()) {
			return RectificationState.REQUIRED;
		}
		ReturnVisit visit = lastVisitOf(latest.id());
		if (visit == null) {
			return RectificationState.VERIFIED;
		}
		return visit.complete() ? RectificationState.VISITED : RectificationState.REQUIRED;
	}

	/**
	 * Checks that the unit may report now.
	 * @throws IllegalTransitionException unless it waits for a report
	 */
	public void requireReportable(List<UnitReport> reports) {
		requireState(reports, "reported on", RectificationState.REQUIRED);
	}

	/**
	 * The on-site verification of the latest report: confirmed, it waits for a return
	 * visit; refuted, the unit reports again.
	 * @throws IllegalTransitionException unless the latest report waits for verification
	 */
	public Rectification verified(List<UnitReport> reports, boolean confirmed, String notes, String by, Instant at) {
		requireState(reports, "verified", RectificationState.REPORTED);
		List<Verification> all = new ArrayList<>(this.verifications);
		all.add(new Verification(latest(reports).id(), confirmed, notes, by, at));
		return new Rectification(this.id, this.findingId, this.planId, this.issuingNode, this.revision + 1,
				this.unitCode, this.unitName, this.finding, this.requirement, this.workingDays, this.deadline,
				this.issuedBy, this.issuedAt, all, this.visits, null, null);
	}

	/**
	 * A return visit after a confirmed verification (several may follow); one finding the
	 * rectification incomplete sends it back to the unit.
	 * @throws IllegalTransitionException unless the latest report was confirmed on site
	 */
	public Rectification visited(List<UnitReport> reports, ReturnVisit visit) {
		requireState(reports, "visited", RectificationState.VERIFIED, RectificationState.VISITED);
		if (!visit.reportId().equals(latest(reports).id())) {
			throw new IllegalArgumentException("A return visit follows the latest report");
		}
		List<ReturnVisit> all = new ArrayList<>(this.visits);
		all.add(visit);
		return new Rectification(this.id, this.findingId, this.planId, this.issuingNode, this.revision + 1,
				this.unitCode, this.unitName, this.finding, this.requirement, this.workingDays, this.deadline,
				this.issuedBy, this.issuedAt, this.verifications, all, null, null);
	}

	/**
	 * Closes it: only after a confirmed verification and a return visit showing the facts
	 * clear and the rectification complete.
	 * @throws IllegalTransitionException otherwise, naming the current state
	 */
	public Rectification closed(List<UnitReport> reports, String by, Instant at) {
		RectificationState state = state(reports);
		if (state != RectificationState.VISITED) {
			throw new IllegalTransitionException("Rectification " + this.id + " is " + state.label()
					+ ": it is closed only after a confirmed on-site verification (核查) and a return visit (回访) "
					+ "showing the rectification complete");
		}
		ReturnVisit last = lastVisitOf(latest(reports).id());
		if (!last.showsCompletion()) {
			throw new IllegalTransitionException(
					"Rectification " + this.id + " is " + state.label() + " but the latest return visit ("
							+ last.visitedOn() + ") found the facts not clear; " + "visit again before closing");
		}
		return new Rectification(this.id, this.findingId, this.planId, this.issuingNode, this.revision + 1,
				this.unitCode, this.unitName, this.finding, this.requirement, this.workingDays, this.deadline,
				this.issuedBy, this.issuedAt, this.verifications, this.visits, by, at);
	}

	/**
	 * Whether a restatement keeps what never changes: the finding, plan, issuer, unit,
	 * requirement and deadline.
	 */
	public boolean keepsFactsOf(Rectification other) {
		return this.findingId.equals(other.findingId) && this.planId.equals(other.planId)
				&& this.issuingNode.equals(other.issuingNode) && this.unitCode.equals(other.unitCode)
				&& this.requirement.equals(other.requirement) && this.deadline.equals(other.deadline)
				&& Objects.equals(this.finding, other.finding);
	}

	private void requireState(List<UnitReport> reports, String action, RectificationState... allowed) {
		RectificationState state = state(reports);
		for (RectificationState ok : allowed) {
			if (state == ok) {
				return;
			}
		}
		throw new IllegalTransitionException(
				"Rectification " + this.id + " is " + state.label() + "; it cannot be " + action + " now");
	}

	private Verification verificationOf(String reportId) {
		return this.verifications.stream()
			.filter((verification) -> verification.reportId().equals(reportId))
			.reduce((first, second) -> second)
			.orElse(null);
	}

	private ReturnVisit lastVisitOf(String reportId) {
		return this.visits.stream()
			.filter((visit) -> visit.reportId().equals(reportId))
			.reduce((first, second) -> second)
			.orElse(null);
	}

	/** The latest report, by time then id. */
	static UnitReport latest(List<UnitReport> reports) {
		return reports.stream()
			.max(Comparator.comparing(UnitReport::reportedAt).thenComparing(UnitReport::id))
			.orElse(null);
	}

}
