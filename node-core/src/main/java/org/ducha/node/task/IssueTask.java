package org.ducha.node.task;

import java.util.List;

/**
 * A request to issue a task.
 *
 * @param content what the task says
 * @param assignees the units it is handed to, exactly one of them the lead
 */
public record IssueTask(TaskContent content, List<Assignee> assignees) {

	/**
	 * One assignee.
	 *
	 * @param unitCode the unit
	 * @param role lead or co-unit
	 */
	public record Assignee(String unitCode, AssignmentRole role) {
	}

}
