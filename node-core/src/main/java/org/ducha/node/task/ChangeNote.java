package org.ducha.node.task;

import java.time.Instant;

/**
 * Who made a change to a task, when and why.
 *
 * @param by who (a display name); null when not recorded
 * @param at when; null when not recorded
 * @param reason why; null when none was given
 */
public record ChangeNote(String by, Instant at, String reason) {
}
