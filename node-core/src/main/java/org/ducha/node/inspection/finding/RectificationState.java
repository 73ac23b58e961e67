package org.ducha.node.inspection.finding;

/**
 * Where a rectification requirement stands, derived from the issuer's facts
 * (verifications, return visits, closing) and the unit's reports.
 */
public enum RectificationState {

	/**
	 * Waits for the unit's report (first, or again after a refuted verification or an
	 * incomplete return visit).
	 */
	REQUIRED("待整改"),

	/** The unit's latest report waits for the on-site verification. */
	REPORTED("待核查"),

	/** The latest report was confirmed on site; a return visit is due. */
	VERIFIED("待回访"),

	/** A return visit found the rectification complete; it may be closed. */
	VISITED("已回访"),

	/** Closed by the issuer. */
	CLOSED("已办结");

	private final String label;

	RectificationState(String label) {
		this.label = label;
	}

	/** The state as people read it: the Chinese label and the name. */
	public String label() {
		return this.label + " (" + name() + ")";
	}

}
