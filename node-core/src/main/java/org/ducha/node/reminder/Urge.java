package org.ducha.node.reminder;

/**
 * A supervisor's urging of an assignment.
 *
 * @param title short title; a default names the task when absent
 * @param message what the supervisor says
 * @param toUnitHead whether the unit head is told as well
 */
public record Urge(String title, String message, boolean toUnitHead) {
}
