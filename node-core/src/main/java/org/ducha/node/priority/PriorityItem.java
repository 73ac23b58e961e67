package org.ducha.node.priority;

import java.util.UUID;

/**
 * One priority (一项工作重点): what tasks and plans are linked to.
 *
 * @param id id, kept by every copy
 * @param title title
 * @param description what it is about
 */
public record PriorityItem(UUID id, String title, String description) {
}
