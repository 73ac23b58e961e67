package org.ducha.node.priority;

import java.time.Instant;
import java.util.UUID;

/**
 * A task or plan of this node linked to a priority item it implements.
 *
 * @param itemId the priority item
 * @param kind task or plan
 * @param targetId the task's or plan's id
 * @param linkedBy who linked it
 * @param linkedAt when
 */
public record PriorityLink(UUID itemId, TargetKind kind, String targetId, String linkedBy, Instant linkedAt) {
}
