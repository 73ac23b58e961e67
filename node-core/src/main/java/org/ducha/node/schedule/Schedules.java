package org.ducha.node.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarChanged;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportRecorded;
import org.ducha.node.report.ReportReturn;
import org.ducha.node.report.ReturnRecorded;
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
 * becomes known here (a co-unit's a few working days before the lead's), filled by
 * reports (a co-unit's by its contributions), opened again when the issuer returns the
 * report that filled one, and moved (with the reason recorded) when the calendar changes;
 * and its signing limit. Every node holding the assignment computes the same slots from
 * the same rule and calendar.
 */
@Service
public class Schedules {

	private final SlotStore slots;

	private final Tasks tasks;

	private final WorkingCalendar calendar;

	private final TrafficLights lights;

	private final Clock clock;

	private final SigningLimits signing;

	private final ContributionSlots contributions;

	Schedules(SlotStore slots, Tasks tasks, WorkingCalendar calendar, TrafficLights lights, Clock clock,
			SigningLimits signing, ContributionSettings contributions) {
		this.signing = signing;
		this.contributions = new ContributionSlots(contributions.workingDaysBeforeLead());
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
		CalendarData calendar = this.calendar.data();
		List<SlotSpec> specs = plan(added.task(), calendar);
		for (Assignment assignment : added.assignments()) {
			this.slots.insertAllIfAbsent(assignment.getId(),
					this.contributions.forRole(assignment.getRole(), specs, issuedOn(added.task()), calendar));
			// the light and the signing limit are written once, before the commit
			this.lights.planned(assignment.getId(), this.signing.limitOf(added.task(), assignment, calendar));
		}
	}

	private static LocalDate issuedOn(Task task) {
		return LocalDate.ofInstant(task.getIssuedAt(), NodeIdentity.ZONE);
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
		LocalDate issued = issuedOn(task);
		return task.content()
			.schedule()
			.slots(calendar)
			.stream()
			.filter((spec) -> !spec.due().isBefore(issued))
			.toList();
	}

	/**
	 * A report fills the earliest open slot whose window has opened (not one waiting for
	 * a returned report's resubmission); none fills an ad hoc report. A resubmission
	 * fills the slot its returned report had filled, on time or late by its own date. The
	 * light follows on the {@link AssignmentLifecycleChanged} published right after every
	 * recorded report.
	 */
	@EventListener
	void on(ReportRecorded recorded) {
		ProgressReport report = recorded.report();
		if (this.slots.isFilledBy(report.getId())) {
			return;
		}
		LocalDate reportedOn = LocalDate.ofInstant(report.getReportedAt(), NodeIdentity.ZONE);
		String answers = report.links().answers();
		if (answers != null) {
			fillAwaiting(report.getAssignmentId(), answers, report.getId(), reportedOn);
			return;
		}
		openSlot(report.getAssignmentId(), reportedOn).ifPresent((slot) -> this.slots.fill(slot.assignmentId(),
				slot.ordinal(), report.getId(), reportedOn, !reportedOn.isAfter(slot.due())));
	}

	/**
	 * The issuer returned a report: the slot it filled waits for its resubmission (filled
	 * at once when the resubmission is here already).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(ReturnRecorded recorded) {
		ReportReturn returned = recorded.returned();
		this.slots.reopen(returned.reportId());
		if (returned.isAnswered() && recorded.answeredAt() != null) {
			fillAwaiting(returned.assignmentId(), returned.reportId(), returned.answeredBy(),
					LocalDate.ofInstant(recorded.answeredAt(), NodeIdentity.ZONE));
		}
	}

	private void fillAwaiting(String assignmentId, String returnedReportId, String answerId, LocalDate on) {
		this.slots.of(assignmentId)
			.stream()
			.filter((slot) -> !slot.isFilled() && returnedReportId.equals(slot.returnedReportId()))
			.findFirst()
			.ifPresent((slot) -> this.slots.fill(assignmentId, slot.ordinal(), answerId, on, !on.isAfter(slot.due())));
	}

	/**
	 * The slot a report or contribution written on a day fills: the earliest open one
	 * whose window has opened and that does not wait for a resubmission.
	 */
	@Transactional(readOnly = true)
	public Optional<ReportSlot> openSlot(String assignmentId, LocalDate on) {
		return this.slots.of(assignmentId)
			.stream()
			.filter((slot) -> !slot.isFilled() && slot.returnedReportId() == null && !slot.opens().isAfter(on))
			.findFirst();
	}

	/**
	 * A co-unit's contribution fills the slot it names, if that is held here and open;
	 * the assignment's light follows.
	 */
	@Transactional
	public void fillWithContribution(String assignmentId, int ordinal, String contributionId, LocalDate on) {
		if (this.slots.isFilledBy(contributionId)) {
			return;
		}
		this.slots.of(assignmentId)
			.stream()
			.filter((slot) -> slot.ordinal() == ordinal && !slot.isFilled())
			.findFirst()
			.ifPresent((slot) -> this.slots.fill(assignmentId, ordinal, contributionId, on, !on.isAfter(slot.due())));
		this.lights.refresh(assignmentId);
	}

	/** Computes the signing limits of assignments held from before limits existed. */
	@Transactional
	public int planMissingSigningLimits() {
		return this.signing.recompute(this.calendar.data(), true);
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
			Assignment assignment = this.tasks.findAssignment(assignmentId).orElse(null);
			Task task = (assignment != null) ? this.tasks.findTask(assignment.getTaskId()).orElse(null) : null;
			if (task == null) {
				continue;
			}
			Map<Integer, SlotSpec> specs = this.contributions
				.forRole(assignment.getRole(), task.content().schedule().slots(calendar), issuedOn(task), calendar)
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
		this.signing.recompute(calendar, false);
	}

}
