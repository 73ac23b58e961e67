package org.ducha.node.coordination;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.TaskReplication;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the coordination attempts that lead units' nodes send up, and reads them for a
 * re-sync.
 */
@Service
public class CoordinationReplication {

	private final CoordinationRepository coordinations;

	private final TaskReplication assignments;

	CoordinationReplication(CoordinationRepository coordinations, TaskReplication assignments) {
		this.coordinations = coordinations;
		this.assignments = assignments;
	}

	/**
	 * An attempt stated by the lead unit's node; applied once however often it arrives.
	 * @param statedBy the node stating it, which must be the assignee's
	 * @throws ForbiddenException when the assignment is another unit's or not a LEAD one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyRecorded(String coordinationId, String assignmentId, String taskId, String unitCode,
			String statedBy, NewCoordination attempt, String recordedBy, Instant recordedAt) {
		Assignment assignment = this.assignments.assignmentStatedBy(assignmentId, unitCode, statedBy);
		if (!assignment.getTaskId().equals(taskId) || assignment.getRole() != AssignmentRole.LEAD) {
			throw new ForbiddenException("Coordination " + coordinationId + " names task " + taskId + " and assignment "
					+ assignmentId + ", which is not that task's LEAD assignment");
		}
		if (!this.coordinations.existsById(coordinationId)) {
			this.coordinations
				.save(Coordination.of(coordinationId, assignmentId, taskId, unitCode, attempt, recordedBy, recordedAt));
		}
	}

	/** Attempts by units of the given nodes on tasks issued outside them (re-sync). */
	@Transactional(readOnly = true)
	public List<Coordination> byNodesForIssuersOutside(Collection<String> nodes, String afterId, int limit) {
		return this.coordinations.byNodesForIssuersOutside(nodes, afterId, limit);
	}

}
