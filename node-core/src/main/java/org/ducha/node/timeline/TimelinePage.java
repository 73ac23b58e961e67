package org.ducha.node.timeline;

import java.util.List;

/**
 * One page of a task's timeline, oldest first.
 *
 * @param items the entries
 * @param page page number, from 0
 * @param size page size
 * @param total how many entries the task has in all
 */
public record TimelinePage(List<TimelineEntry> items, int page, int size, long total) {
}
