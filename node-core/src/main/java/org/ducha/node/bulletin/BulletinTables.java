package org.ducha.node.bulletin;

import java.util.List;

/**
 * The tables a bulletin generates from the record, fixed when it is generated (a draft
 * may be generated again until submitted) and never edited by hand.
 *
 * @param ranking every unit named, by rank
 * @param overdue the overdue items, the longest overdue first
 */
public record BulletinTables(List<UnitLine> ranking, List<OverdueLine> overdue) {
}
