package org.ducha.node.report;

import java.util.List;

/**
 * What a report answers and sums up besides its content.
 *
 * @param answers the returned report it resubmits (重新报送); null for none
 * @param summarised the co-units' contributions a lead unit's report sums up, by id
 */
public record ReportLinks(String answers, List<String> summarised) {

	/** A report that answers nothing and sums nothing up. */
	public static final ReportLinks NONE = new ReportLinks(null, List.of());

	public ReportLinks {
		summarised = (summarised != null) ? List.copyOf(summarised) : List.of();
	}

}
