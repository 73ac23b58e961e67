package org.ducha.node.task;

import java.time.LocalDate;

/**
 * A due slot a rule gives.
 *
 * @param ordinal its position in the schedule, from 1
 * @param label what it is for (2024年第三季度, 5月, a milestone)
 * @param opens the first day a report counts for it
 * @param due the due date
 * @param basis how the date was reached
 * @param covered whether a holiday notice covered every day the computation looked at
 */
public record SlotSpec(int ordinal, String label, LocalDate opens, LocalDate due, String basis, boolean covered) {
}
