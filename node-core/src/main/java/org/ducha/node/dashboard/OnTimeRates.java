package org.ducha.node.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the units ranked by on-time report rate over a window.
 *
 * @param from the window's first day
 * @param to the window's last day
 * @param asOf the day up to which an unfilled slot counts as missing
 * @param items the page's units
 * @param page page number, from 0
 * @param size page size
 * @param total how many units are ranked
 */
public record OnTimeRates(LocalDate from, LocalDate to, LocalDate asOf, List<UnitOnTime> items, int page, int size,
		long total) {
}
