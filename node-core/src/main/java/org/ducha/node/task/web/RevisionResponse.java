package org.ducha.node.task.web;

import java.time.Instant;
import java.util.List;

import org.ducha.node.task.FieldChange;
import org.ducha.node.task.TaskRevision;

/**
 * One revision of a task's content.
 *
 * @param revision the revision it made
 * @param revisedAt when
 * @param revisedBy who
 * @param node the issuing node, where it was made
 * @param reason why
 * @param changes what changed
 */
record RevisionResponse(long revision, Instant revisedAt, String revisedBy, String node, String reason,
		List<FieldChange> changes) {

	static RevisionResponse of(TaskRevision revision) {
		return new RevisionResponse(revision.revision(), revision.revisedAt(), revision.revisedBy(),
				revision.nodeCode(), revision.reason(), revision.changes());
	}

}
