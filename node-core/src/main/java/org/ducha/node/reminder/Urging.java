package org.ducha.node.reminder;

import java.time.Clock;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual urging (催办) by a supervisor or leader of the node that issued the task, or of a
 * relay node above the assignee; and the reminders an assignment received. Who may not
 * see the assignment gets 404, exactly as for the task; who sees it but may not urge gets
 * 403.
 */
@Service
public class Urging {

	private final Tasks tasks;

	private final ReminderStore store;

	private final ReminderPublication publication;

	private final Directory directory;

	private final AuditTrail audit;

	private final NodeIdentity self;

	private final Clock clock;

	Urging(Tasks tasks, ReminderStore store, ReminderPublication publication, Directory directory, AuditTrail audit,
			NodeIdentity self, Clock clock) {
		this.tasks = tasks;
		this.store = store;
		this.publication = publication;
		this.directory = directory;
		this.audit = audit;
		this.self = self;
		this.clock = clock;
	}

	@Transactional
	public Reminder urge(String assignmentId, Urge urge, Actor actor) {
		Assignment assignment = visibleAssignment(assignmentId, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER) || !this.tasks.isOfThisNode(actor)) {
			throw new ForbiddenException("Only a supervisor or leader of " + this.self.name() + " urges here");
		}
		boolean issuer = task.getIssuingNode().equals(this.self.code());
		boolean above = !assignment.getUnitNode().equals(this.self.code())
				&& this.directory.isSelfOrBelow(assignment.getUnitNode());
		if (!issuer && !above) {
			throw new ForbiddenException("Assignment " + assignmentId + " is urged by the node that issued its task ("
					+ task.getIssuingNode() + ") or by a node above its assignee, not by " + this.self.code());
		}
		if (assignment.getStatus() == AssignmentStatus.COMPLETED
				|| assignment.getStatus() == AssignmentStatus.RETURNED) {
			throw new InvalidRequestException(
					"Assignment " + assignmentId + " is " + assignment.getStatus() + "; there is nothing to urge");
		}
		if (urge.message() == null || urge.message().isBlank()) {
			throw new InvalidRequestException("An urging needs a message");
		}
		String title = (urge.title() != null && !urge.title().isBlank()) ? urge.title()
				: "【催办】《" + task.getTitle() + "》";
		Reminder reminder = new Reminder(Ids.newId(), ReminderKind.MANUAL, this.self.code(), actor.unitCode(),
				actor.name(), assignment.getUnitNode(), assignment.getUnitCode(), task.getId(), assignment.getId(),
				title, urge.message(), null, urge.toUnitHead(), this.clock.instant());
		this.publication.send(reminder, null);
		this.audit.recordWithChange(AuditCategory.OPERATION, "REMINDER_SENT", actor.subject(),
				reminder.toNode().equals(this.self.code()) ? null : reminder.toNode(),
				"reminder " + reminder.id() + " to unit " + reminder.toUnit() + " on assignment " + assignmentId);
		return reminder;
	}

	/** The reminders an assignment received that this node knows, oldest first. */
	@Transactional(readOnly = true)
	public List<Reminder> of(String assignmentId, Actor actor) {
		visibleAssignment(assignmentId, actor);
		return this.store.ofAssignment(assignmentId);
	}

	/**
	 * One reminder, if the caller may see its assignment; one they may not see is not
	 * found, in the same words as one that does not exist.
	 */
	@Transactional(readOnly = true)
	public Reminder get(String reminderId, Actor actor) {
		Reminder reminder = this.store.find(reminderId).orElseThrow(() -> reminderNotFound(reminderId));
		try {
			visibleAssignment(reminder.assignmentId(), actor);
		}
		catch (NotFoundException ex) {
			throw reminderNotFound(reminderId);
		}
		return reminder;
	}

	private static NotFoundException reminderNotFound(String reminderId) {
		return new NotFoundException("No reminder " + reminderId);
	}

	private Assignment visibleAssignment(String assignmentId, Actor actor) {
		Assignment assignment = this.tasks.findAssignment(assignmentId)
			.orElseThrow(() -> new NotFoundException("No assignment " + assignmentId));
		try {
			this.tasks.detail(assignment.getTaskId(), actor);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("No assignment " + assignmentId);
		}
		return assignment;
	}

}
