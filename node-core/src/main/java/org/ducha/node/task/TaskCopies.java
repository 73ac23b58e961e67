package org.ducha.node.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.task.TaskCopy.AssignmentCopy;
import org.ducha.node.timeline.Timeline;
import org.ducha.node.timeline.TimelineEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes the issuer's copies of tasks a batch at a time (docs/architecture.md, "Set-based
 * handlers"): reads the tasks and assignments the batch names with one query each, folds
 * each copy in with the task's own methods, in order, and writes the new tasks,
 * assignments and timeline entries with multi-row statements before it tells the
 * listeners. The batch is cut into runs that name each task and assignment once, so a
 * task copied twice in a batch is read again after its first copy is written: the result
 * is the one copy-by-copy application gives.
 */
@Component
class TaskCopies {

	private final TaskRepository tasks;

	private final AssignmentRepository assignments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TaskRevisions revisions;

	private final Timeline timeline;

	TaskCopies(TaskRepository tasks, AssignmentRepository assignments, Clock clock, ApplicationEventPublisher events,
			TaskRevisions revisions, Timeline timeline) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.clock = clock;
		this.events = events;
		this.revisions = revisions;
		this.timeline = timeline;
	}

	/** Applies copies in the order given. */
	void apply(List<TaskCopy> copies) {
		int from = 0;
		while (from < copies.size()) {
			int to = runEnd(copies, from);
			applyRun(copies.subList(from, to));
			from = to;
		}
	}

	/**
	 * Where the run that starts at {@code from} ends: before a task or assignment it
	 * names again.
	 */
	private static int runEnd(List<TaskCopy> copies, int from) {
		Set<String> named = new HashSet<>();
		int end = from;
		while (end < copies.size()) {
			List<String> ids = ids(copies.get(end));
			if (end > from && ids.stream().anyMatch(named::contains)) {
				break;
			}
			named.addAll(ids);
			end++;
		}
		return end;
	}

	private static List<String> ids(TaskCopy copy) {
		List<String> ids = new ArrayList<>();
		ids.add(copy.id());
		copy.assignments().forEach((assignment) -> ids.add(assignment.id()));
		return ids;
	}

	private void applyRun(List<TaskCopy> run) {
		Instant now = this.clock.instant();
		Map<String, Task> held = this.tasks.findAllById(run.stream().map(TaskCopy::id).toList())
			.stream()
			.collect(Collectors.toMap(Task::getId, Function.identity()));
		List<String> assignmentIds = run.stream()
			.flatMap((copy) -> copy.assignments().stream())
			.map(AssignmentCopy::id)
			.toList();
		Set<String> heldAssignments = assignmentIds.isEmpty() ? Set.of()
				: new HashSet<>(this.assignments.heldAmong(assignmentIds));
		List<TimelineEntry> entries = new ArrayList<>();
		List<Task> created = new ArrayList<>();
		List<Assignment> added = new ArrayList<>();
		List<AssignmentsAdded> news = new ArrayList<>();
		for (TaskCopy copy : run) {
			Task task = held.get(copy.id());
			if (task == null) {
				task = Task.copyOf(copy, now);
				created.add(task);
				entries.add(TaskHistory.learntEntry(task, "ISSUED", null, TaskStatus.ISSUED,
						new ChangeNote(copy.issuedBy(), copy.issuedAt(), null), "issued as " + copy.number(), now));
				if (task.getStatus() != TaskStatus.ISSUED) {
					entries.add(statusEntry(task, TaskStatus.ISSUED, now));
				}
			}
			else {
				task = takeNews(task, copy, now, entries);
			}
			List<Assignment> ofTask = new ArrayList<>();
			for (AssignmentCopy assignment : copy.assignments()) {
				if (!heldAssignments.contains(assignment.id())) {
					ofTask.add(Assignment.create(assignment.id(), copy.id(), assignment.unitCode(), assignment.role(),
							assignment.assignedAt()));
				}
			}
			added.addAll(ofTask);
			if (!ofTask.isEmpty()) {
				news.add(new AssignmentsAdded(task, ofTask));
			}
		}
		this.tasks.saveAll(created);
		this.assignments.saveAll(added);
		this.timeline.recordAll(entries);
		news.forEach(this.events::publishEvent);
	}

	/**
	 * A newer revision or status of a task held here: saved at once with what follows
	 * from it (rare in a batch, and each changes rows that other paths change too).
	 */
	private Task takeNews(Task held, TaskCopy copy, Instant now, List<TimelineEntry> entries) {
		Task task = held;
		TaskContent before = task.content();
		TaskStatus statusBefore = task.getStatus();
		boolean revised = task.takeContent(copy);
		boolean restated = task.takeStatus(copy);
		if (revised || restated) {
			task = this.tasks.save(task);
		}
		if (revised) {
			List<FieldChange> changes = FieldChange.between(before, task.content());
			learntRevision(task, changes, now, entries);
			if (changes.stream().anyMatch((change) -> change.field().equals("deadline"))) {
				deadlineRevised(task.getId());
			}
		}
		if (restated && task.getStatus() != statusBefore) {
			entries.add(statusEntry(task, statusBefore, now));
			this.assignments.findByTaskIdOrderById(task.getId())
				.forEach((assignment) -> this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId())));
		}
		return task;
	}

	/**
	 * The issuer revised the deadline: a new requirement that the copies' assignments
	 * take as both their original deadline and the one in force. The issuer's decisions
	 * come on the task channel in the order it took them, so an extension it approved
	 * later still arrives after this.
	 */
	private void deadlineRevised(String taskId) {
		for (Assignment assignment : this.assignments.findByTaskIdOrderById(taskId)) {
			if (assignment.getDueDate() != null) {
				assignment.deadlineRevised();
				this.assignments.save(assignment);
				this.events.publishEvent(new AssignmentLifecycleChanged(assignment.getId()));
			}
		}
	}

	private void learntRevision(Task task, List<FieldChange> changes, Instant now, List<TimelineEntry> entries) {
		ChangeNote note = task.getRevisionNote();
		this.revisions.keep(new TaskRevision(task.getId(), task.getRevision(),
				(note != null && note.at() != null) ? note.at() : now, (note != null) ? note.by() : null,
				task.getIssuingNode(), (note != null) ? note.reason() : null, changes));
		entries.add(
				TaskHistory.learntEntry(
						task, "REVISED", task.getStatus(), task.getStatus(), note, "revision " + task.getRevision()
								+ ": " + changes.stream().map(FieldChange::toString).collect(Collectors.joining("; ")),
						now));
	}

	private static TimelineEntry statusEntry(Task task, TaskStatus from, Instant now) {
		return TaskHistory.learntEntry(task, TaskHistory.statusAction(from, task.getStatus()), from, task.getStatus(),
				task.getStatusNote(), null, now);
	}

}
