package org.ducha.node.record;

import java.util.List;

/**
 * A unit's record over a period, as this node knows it.
 *
 * @param unitCode the unit
 * @param unitName its name (its code when this node does not know it)
 * @param nodeCode the node it belongs to
 * @param reports its lead report slots due in the period whose outcome is known
 * @param overdue its lead assignments overdue at some time in the period
 * @param completions its lead assignments completed in the period
 * @param extensions extensions granted to it in the period
 * @param ladderSteps accountability ladder steps about it issued in the period
 * @param claimOverdue its assignments whose signing limit passed in the period unsigned
 * @param rectifications inspection rectifications required of it, issued or due in the
 * period
 */
public record UnitFacts(String unitCode, String unitName, String nodeCode, List<ReportFact> reports,
		List<OverdueFact> overdue, List<CompletionFact> completions, List<ExtensionFact> extensions,
		List<LadderFact> ladderSteps, List<ClaimOverdueFact> claimOverdue, List<RectificationFact> rectifications) {

	/** How many report slots were filled by their due date. */
	public long reportsOnTime() {
		return this.reports.stream().filter((report) -> report.outcome() == ReportFact.Outcome.ON_TIME).count();
	}

	/** How many report slots are overdue and still unfilled. */
	public long reportsMissing() {
		return this.reports.stream().filter((report) -> report.outcome() == ReportFact.Outcome.MISSING).count();
	}

	/** Ladder steps holding the unit to account (every rung but commendation). */
	public long punitiveSteps() {
		return this.ladderSteps.stream().filter(LadderFact::punitive).count();
	}

}
