package org.ducha.node.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * What a supervisor asks for when generating a bulletin.
 *
 * @param kind monthly, quarterly or ad hoc
 * @param from the period's first day (a month's or quarter's first day for those kinds)
 * @param to its last day
 * @param title the title; null for the one the kind and period suggest
 * @param unitCodes the units to report on, of this subtree; null or empty for this node's
 * departments and the governments directly below it
 */
public record BulletinRequest(BulletinKind kind, LocalDate from, LocalDate to, String title, List<String> unitCodes) {
}
