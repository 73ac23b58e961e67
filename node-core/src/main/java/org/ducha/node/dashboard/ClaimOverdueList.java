package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the claim-overdue list (签收超时).
 *
 * @param asOf the day the list and its working days refer to
 * @param items the page's assignments, the one whose signing limit passed first first
 * @param page page number, from 0
 * @param size page size
 * @param total how many assignments are claim-overdue
 */
public record ClaimOverdueList(LocalDate asOf, List<ClaimOverdueAssignment> items, int page, int size, long total) {
}
