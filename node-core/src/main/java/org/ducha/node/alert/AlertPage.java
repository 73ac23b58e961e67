package org.ducha.node.alert;

import java.util.List;

/**
 * One page of alerts.
 *
 * @param items the alerts
 * @param page page number, from 0
 * @param size page size
 * @param total how many there are in all
 */
public record AlertPage(List<Alert> items, int page, int size, long total) {
}
