package org.ducha.node.dashboard;

import java.math.BigDecimal;

/**
 * A unit's report slots due in a window and how they were met. {@code due} counts the
 * slots whose outcome is known: {@code onTime + late + missing}; a slot still open and
 * not yet overdue is left out until it is filled or its day passes.
 *
 * @param rank the unit's place, from 1: the highest rate first, units with nothing due
 * last, ties by unit code
 * @param unitCode the unit
 * @param unitName its name (its code when this node does not know it)
 * @param nodeCode the node it belongs to
 * @param due slots due in the window whose outcome is known
 * @param onTime filled by their due date
 * @param late filled after it
 * @param missing overdue and still unfilled
 * @param rate onTime / due, to four places; null when nothing was due
 */
public record UnitOnTime(int rank, String unitCode, String unitName, String nodeCode, long due, long onTime, long late,
		long missing, BigDecimal rate) {
}
