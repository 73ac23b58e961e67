package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the overdue list.
 *
 * @param asOf the day the list and its working days refer to
 * @param items the page's assignments, the one overdue longest first
 * @param page page number, from 0
 * @param size page size
 * @param total how many assignments are overdue
 */
public record OverdueList(LocalDate asOf, List<OverdueAssignment> items, int page, int size, long total) {
}
