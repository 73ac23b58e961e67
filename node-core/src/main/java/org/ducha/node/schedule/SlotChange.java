package org.ducha.node.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open due date moved by a calendar change.
 *
 * @param ordinal the slot
 * @param oldDue the date before
 * @param newDue the date after
 * @param reason why
 * @param changedAt when
 */
public record SlotChange(int ordinal, LocalDate oldDue, LocalDate newDue, String reason, Instant changedAt) {
}
