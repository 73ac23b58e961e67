package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a task issued here along with its assignments (docs/business-rules.md §5.1):
 * IN_PROGRESS once an assignee has signed or reported, CLOSED once the lead unit's
 * assignment still held (not returned) is completed: the lead answers for completion, and
 * the co-units' part ends with it (§6.8). The change travels to every copy like any
 * status change of the issuer.
 */
@Component
class TaskProgress {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final NodeIdentity self;

	private final Clock clock;

	private final TaskHistory history;

	private final ApplicationEventPublisher events;

	TaskProgress(TaskRepository tasks, AssignmentRepository assignments, NodeIdentity self, Clock clock,
			TaskHistory history, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.self = self;
		this.clock = clock;
		this.history = history;
		this.events = events;
	}

	@EventListener
	void on(AssignmentLifecycleChanged changed) {
		// one indexed lookup decides: at a node that did not issue the task (most of
		// them,
		// for most changes) nothing more is read
		Task task = this.assignments.taskIssuedBy(changed.assignmentId(), this.self.code())
			.flatMap(this.tasks::findById)
			.orElse(null);
		if (task == null) {
			return;
		}
		List<Assignment> all = this.assignments.findByTaskIdOrderById(task.getId());
		List<Assignment> held = all.stream().filter((a) -> a.getStatus() != AssignmentStatus.RETURNED).toList();
		TaskStatus from = task.getStatus();
		Instant now = this.clock.instant();
		boolean moved;
		String action;
		boolean leadCompleted = held.stream()
			.anyMatch((a) -> a.getRole() == AssignmentRole.LEAD && a.getStatus() == AssignmentStatus.COMPLETED);
		if (leadCompleted) {
			moved = task.close(now);
			action = "CLOSED";
		}
		else {
			moved = held.stream().anyMatch((a) -> a.getStatus() != AssignmentStatus.PENDING_SIGN) && task.start(now);
			action = "STARTED";
		}
		if (moved) {
			Task saved = this.tasks.save(task);
			this.history.made(saved, Actor.system(this.self.code()), action, from, saved.getStatus(), null, null, now);
			this.events.publishEvent(new TaskChanged(saved, all, now));
		}
	}

}
