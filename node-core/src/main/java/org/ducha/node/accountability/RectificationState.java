package org.ducha.node.accountability;

import java.util.List;

/**
 * Where a supervision notice's rectification stands, from the unit's reports and the
 * issuer's decisions.
 */
public enum RectificationState {

	/** Nothing reported yet. */
	NONE,

	/** The latest report waits for the issuer's decision. */
	REPORTED,

	/** The latest report was sent back with a reason; the unit reports again. */
	RETURNED,

	/** The issuer accepted a report: rectified. */
	ACCEPTED;

	/** The state of a notice given its reports, oldest first. */
	public static RectificationState of(LadderStep notice, List<RectificationReport> reports) {
		if (notice.isRectified()) {
			return ACCEPTED;
		}
		if (reports.isEmpty()) {
			return NONE;
		}
		return (notice.decisionOn(reports.get(reports.size() - 1).id()) == null) ? REPORTED : RETURNED;
	}

}
