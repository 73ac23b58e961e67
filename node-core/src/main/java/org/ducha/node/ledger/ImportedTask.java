package org.ducha.node.ledger;

/**
 * A task created from a row of a task list.
 *
 * @param row the row it came from
 * @param id the task's id
 * @param number its number (督办编号)
 * @param title its title
 */
public record ImportedTask(int row, String id, String number, String title) {
}
