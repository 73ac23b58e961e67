package org.ducha.node.task;

import java.util.List;

/**
 * One page of a task's revision history, newest first.
 *
 * @param items the revisions
 * @param page page number, from 0
 * @param size page size
 * @param total how many revisions there are in all
 */
public record TaskRevisionPage(List<TaskRevision> items, int page, int size, long total) {
}
