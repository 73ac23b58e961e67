package org.ducha.node.task;

import java.util.List;

/**
 * One page of tasks.
 *
 * @param items the tasks
 * @param page page number, from 0
 * @param size page size
 * @param total how many there are in all
 */
public record TaskPage(List<Task> items, int page, int size, long total) {
}
