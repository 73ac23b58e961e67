package org.ducha.node.task;

import java.time.Instant;
import java.util.List;

/**
 * The issuer changed an issued task (a revision or a status change); every node holding a
 * copy must learn it. Published after the change is saved, in its transaction.
 *
 * @param task the task as it now is
 * @param assignments its assignments
 * @param at when the change was made
 */
public record TaskChanged(Task task, List<Assignment> assignments, Instant at) {
}
