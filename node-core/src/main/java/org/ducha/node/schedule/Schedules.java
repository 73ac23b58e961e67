package org.ducha.node.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarChanged;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportRecorded;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentLifecycleChanged;
import org.ducha.node.task.AssignmentsAdded;
import org.ducha.node.task.SlotSpec;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every assignment's due slots: planned from its task's rule when the assignment
 * becomes known here, filled by reports, and moved (with the reason recorded) when the
 * calendar changes. Every node holding the assignment computes the same slots from the
 * same rule and calendar.
 */
@Service
public class Schedules {

	private final SlotStore slots;

	private final Tasks tasks;

	private final WorkingCalendar calendar;

	private final TrafficLights lights;

	private final Clock clock;

	Schedules(SlotStore slots, Tasks tasks, WorkingCalendar calendar, TrafficLights lights, Clock clock) {
		this.slots = slots;
		this.tasks = tasks;
		this.calendar = calendar;
		this.lights = lights;
		this.clock = clock;
	}

	/** The due slots of an assignment, in order. */
	@Transactional(readOnly = true)
	public List<ReportSlot> of(String assignmentId) {
		return this.slots.of(assignmentId);
	}

	/**
	 * The next open due date of each of the given assignments that has one (the ledger).
	 */
	@Transactional(readOnly = true)
	public Map<String, LocalDate> nextDue(Collection<String> assignmentIds) {
		return assignmentIds.isEmpty() ? Map.of() : this.slots.nextDue(assignmentIds);
	}

	/** The moves of an assignment's due dates, oldest first. */
	@Transactional(readOnly = true)
	public List<SlotChange> changesOf(String assignmentId) {
		return this.slots.changesOf(assignmentId);
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(AssignmentsAdded added) {
		List<SlotSpec> specs = plan(added.task(), this.calendar.data());
		for (Assignment assignment : added.assignments()) {
			specs.forEach((spec) -> this.slots.insertIfAbsent(assignment.getId(), spec));
			this.lights.refresh(assignment.getId());
		}
	}

	/**
	 * A return, completion or extension changes what the light says; lights are computed
	 * before anything that reads them (a roll-up) looks at the change.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(AssignmentLifecycleChanged changed) {
		this.lights.refresh(changed.assignmentId());
	}

	/** The slots a task's rule gives, without those already due before it was issued. */
	private static List<SlotSpec> plan(Task task, CalendarData calendar) {
		LocalDate issued = LocalDate.ofInstant(task.getIssuedAt(), NodeIdentity.ZONE);
		return task.content()
			.schedule()
			.slots(calendar)
			.stream()
			.filter((spec) -> !spec.due().isBefore(issued))
			.toList();
	}

	/**
	 * A report fills the earliest open slot whose window has opened; none fills an ad hoc
	 * report. The light follows on the {@link AssignmentLifecycleChanged} published right
	 * after every recorded report.
	 */
	@EventListener
	void on(ReportRecorded recorded) {
		ProgressReport report = recorded.report();
		if (this.slots.isFilledBy(report.getId())) {
			return;
		}
		LocalDate reportedOn = LocalDate.ofInstant(report.getReportedAt(), NodeIdentity.ZONE);
		this.slots.of(report.getAssignmentId())
			.stream()
			.filter((slot) -> !slot.isFilled() && !slot.opens().isAfter(reportedOn))
			.findFirst()
			.ifPresent((slot) -> this.slots.fill(slot.assignmentId(), slot.ordinal(), report.getId(), reportedOn,
					!reportedOn.isAfter(slot.due())));
	}

	/**
	 * The calendar changed: open due dates are computed again and every move is recorded.
	 */
	@EventListener
	void on(CalendarChanged changed) {
		CalendarData calendar = this.calendar.readNow();
		String reason = "calendar notice of " + changed.notice().year() + " version " + changed.notice().version()
				+ ": " + changed.notice().reason();
		for (String assignmentId : this.slots.assignmentsWithOpenSlots()) {
			String taskId = this.tasks.assignmentTaskId(assignmentId);
			Map<Integer, SlotSpec> specs = this.tasks.findTask(taskId)
				.map((task) -> task.content().schedule().slots(calendar))
				.orElse(List.of())
				.stream()
				.collect(Collectors.toMap(SlotSpec::ordinal, Function.identity()));
			boolean moved = false;
			for (ReportSlot slot : this.slots.of(assignmentId)) {
				SlotSpec spec = specs.get(slot.ordinal());
				if (!slot.isFilled() && spec != null && !spec.due().equals(slot.due())) {
					this.slots.move(assignmentId, slot.ordinal(), slot.due(), spec, reason, this.clock.instant());
					moved = true;
				}
			}
			if (moved) {
				this.lights.refresh(assignmentId, calendar);
			}
		}
	}

}
