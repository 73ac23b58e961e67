package org.ducha.node.priority;

import java.time.Instant;
import java.util.UUID;

/**
 * A task or plan linked to a priority item, with its title and state now.
 *
 * @param itemId the priority item
 * @param kind task or plan
 * @param id its id
 * @param title its title; null when the reader may not see it
 * @param state its status; null when the reader may not see it
 * @param linkedBy who linked it
 * @param linkedAt when
 */
public record LinkedTarget(UUID itemId, TargetKind kind, String id, String title, String state, String linkedBy,
		Instant linkedAt) {
}
