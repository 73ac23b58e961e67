package org.ducha.node.task;

import java.util.List;
import java.util.Map;

import org.ducha.node.attachment.AttachmentRef;

/**
 * A task with its assignments as this node knows them.
 *
 * @param task the task
 * @param assignments its assignments
 * @param pendingControl the suspension or withdrawal awaiting a leader's decision; null
 * when none does (or the task is not this node's)
 * @param evidence the attachments of each assignment's latest completion request that
 * carried any, by assignment id
 */
public record TaskDetail(Task task, List<Assignment> assignments, ControlRequest pendingControl,
		Map<String, List<AttachmentRef>> evidence) {

	/** A task with its assignments, nothing else looked up. */
	public TaskDetail(Task task, List<Assignment> assignments) {
		this(task, assignments, null, Map.of());
	}

	/** The evidence attached to an assignment's latest completion request. */
	public List<AttachmentRef> evidenceOf(Assignment assignment) {
		return this.evidence.getOrDefault(assignment.getId(), List.of());
	}

}
