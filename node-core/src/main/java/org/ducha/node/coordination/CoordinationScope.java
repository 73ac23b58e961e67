package org.ducha.node.coordination;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.task.Tasks;

import org.springframework.stereotype.Component;

/**
 * Who sees an assignment's coordination and who records it. Whoever sees the task sees it
 * (its co-units too: co-units are visible, docs/business-rules.md §6.4); anyone else gets
 * 404 exactly as for a missing assignment. Only the lead unit's people, at its own node,
 * record, and only on a signed, open LEAD assignment.
 */
@Component
class CoordinationScope {

	private final Tasks tasks;

	private final NodeIdentity self;

	CoordinationScope(Tasks tasks, NodeIdentity self) {
		this.tasks = tasks;
		this.self = self;
	}

	Assignment visibleAssignment(String assignmentId, Actor actor) {
		Assignment assignment = this.tasks.findAssignment(assignmentId).orElseThrow(() -> notFound(assignmentId));
		try {
			this.tasks.detail(assignment.getTaskId(), actor);
		}
		catch (NotFoundException ex) {
			throw notFound(assignmentId);
		}
		return assignment;
	}

	Assignment leadAssignmentToActOn(String assignmentId, Actor actor) {
		Assignment assignment = visibleAssignment(assignmentId, actor);
		if (!this.tasks.isOfThisNode(actor) || !assignment.getUnitNode().equals(this.self.code())) {
			throw new ForbiddenException("Coordination on assignment " + assignmentId + " is recorded at the node of "
					+ "its unit " + assignment.getUnitCode() + ", by that unit's people");
		}
		boolean ownUnit = assignment.getUnitCode().equals(actor.unitCode())
				&& actor.hasAny(Role.HANDLER, Role.UNIT_HEAD, Role.SUPERVISOR, Role.LEADER);
		boolean forGovernment = assignment.getUnitCode().equals(this.self.code())
				&& actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		if (!ownUnit && !forGovernment) {
			throw new ForbiddenException(
					"Only the people of unit " + assignment.getUnitCode() + " act on assignment " + assignmentId);
		}
		if (assignment.getRole() != AssignmentRole.LEAD) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " is a " + assignment.getRole()
					+ " assignment; coordination is recorded and reported by the LEAD unit");
		}
		if (assignment.getStatus() != AssignmentStatus.SIGNED && assignment.getStatus() != AssignmentStatus.REPORTING) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " is " + assignment.getStatus()
					+ "; coordination is recorded on a signed, open assignment");
		}
		return assignment;
	}

	private static NotFoundException notFound(String assignmentId) {
		return new NotFoundException("No assignment " + assignmentId);
	}

}
