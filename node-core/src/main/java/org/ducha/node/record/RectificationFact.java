package org.ducha.node.record;

import java.time.LocalDate;

/**
 * An inspection rectification required of the unit, issued or due in the period. It
 * counts on its deadline.
 *
 * @param rectificationId the rectification requirement
 * @param findingId the finding it answers
 * @param planId the inspection plan
 * @param issuingNode the node that required it
 * @param requirement what was required
 * @param issuedOn the day it was required
 * @param deadline the day it was due
 * @param closedOn the day the issuer closed it; null while open
 * @param reported whether the unit has reported on it
 * @param overdue whether it was still open after its deadline (closed late, or open past
 * it at the period's end or today, if earlier)
 */
public record RectificationFact(String rectificationId, String findingId, String planId, String issuingNode,
		String requirement, LocalDate issuedOn, LocalDate deadline, LocalDate closedOn, boolean reported,
		boolean overdue) {
}
