package org.ducha.node.task;

import java.util.List;

/**
 * A page of tasks with their assignments.
 *
 * @param items the tasks
 * @param page the page, from 0
 * @param size the page size
 * @param total how many there are in all
 */
public record TaskDetailPage(List<TaskDetail> items, int page, int size, long total) {
}
