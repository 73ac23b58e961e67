package org.ducha.node.task;

import java.time.Instant;
import java.util.List;

/**
 * A revision of an issued task's content, as kept in its history.
 *
 * @param taskId the task
 * @param revision the revision it made (2 onwards; 1 is the content as issued)
 * @param revisedAt when
 * @param revisedBy who
 * @param nodeCode the issuing node, where it was made
 * @param reason why
 * @param changes what changed
 */
public record TaskRevision(String taskId, long revision, Instant revisedAt, String revisedBy, String nodeCode,
		String reason, List<FieldChange> changes) {
}
