package org.ducha.node.specialreport;

import java.time.Instant;
import java.util.UUID;

/**
 * A leader's instruction (批示) on a special report, and the task it became, if any.
 *
 * @param id id
 * @param text what the leader wrote
 * @param leader the leader's subject
 * @param leaderName the leader's name
 * @param instructedAt when
 * @param taskId the task registered from it; null until then
 * @param taskBy who registered it
 */
public record Instruction(UUID id, String text, String leader, String leaderName, Instant instructedAt, String taskId,
		String taskBy) {

	/** Whether it became a task already. */
	public boolean becameTask() {
		return this.taskId != null;
	}

}
