package org.ducha.node.contribution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.report.AttachmentChoice;
import org.ducha.node.schedule.ReportSlot;
import org.ducha.node.schedule.Schedules;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentHistory;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-unit contributes to the lead unit's report (协办材料, docs/business-rules.md §6.8):
 * written at the co-unit's node for its earliest open due slot, sent up to the task's
 * issuer, which passes it on to the lead. Only a co-unit's people contribute, on its
 * signed assignment of a task being worked on; who may not see the assignment gets 404,
 * the lead unit and other nodes' people 403.
 */
@Service
public class Contributing {

	/** Most attachments one contribution may reference. */
	static final int MAX_ATTACHMENTS = 50;

	private final Tasks tasks;

	private final ContributionRepository contributions;

	private final Schedules schedules;

	private final Attachments attachments;

	private final ContributionRouting routing;

	private final AssignmentHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Contributing(Tasks tasks, ContributionRepository contributions, Schedules schedules, Attachments attachments,
			ContributionRouting routing, AssignmentHistory history, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.contributions = contributions;
		this.schedules = schedules;
		this.attachments = attachments;
		this.routing = routing;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Contribution contribute(String assignmentId, ContributionContent content, List<AttachmentChoice> chosen,
			Actor actor) {
		if (content == null || content.progress() == null || content.progress().isBlank()) {
			throw new InvalidRequestException("progress: a contribution states its progress");
		}
		Assignment assignment = this.tasks.assignmentToActOn(assignmentId, actor);
		if (assignment.getRole() != AssignmentRole.CO) {
			throw new ForbiddenException("Only co-units contribute; assignment " + assignmentId
					+ " is the lead unit's, which reports and sums the contributions up");
		}
		if (assignment.getStatus() != AssignmentStatus.SIGNED && assignment.getStatus() != AssignmentStatus.REPORTING) {
			throw new ConflictException("Assignment " + assignmentId + " is " + assignment.getStatus()
					+ "; a co-unit contributes on its signed assignment");
		}
		Task task = this.tasks.task(assignment.getTaskId());
		if (task.getStatus() != TaskStatus.ISSUED && task.getStatus() != TaskStatus.IN_PROGRESS) {
			throw new ConflictException(
					"Task " + task.getId() + " is " + task.getStatus() + "; nothing is contributed to it");
		}
		List<ContributionAttachment> attached = attachments(chosen, actor);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, NodeIdentity.ZONE);
		Optional<ReportSlot> slot = this.schedules.openSlot(assignmentId, today);
		Contribution saved = this.contributions.save(Contribution.of(Ids.newId(), assignmentId, task.getId(),
				assignment.getUnitCode(), slot.map((s) -> new Contribution.Slot(s.ordinal(), s.label())).orElse(null),
				actor.name(), now, content, attached));
		slot.ifPresent((s) -> this.schedules.fillWithContribution(assignmentId, s.ordinal(), saved.getId(), today));
		this.history.made(assignment, actor, "CONTRIBUTED", assignment.getStatus(), null,
				"contribution " + saved.getId() + slot.map((s) -> " for " + s.label()).orElse(""), now);
		this.events.publishEvent(new ContributionMade(saved, task.getIssuingNode()));
		this.routing.known(saved, task);
		return saved;
	}

	/**
	 * The contributions of an assignment the caller may see, newest first: a lead's,
	 * those passed on to it; a co-unit's, its own.
	 */
	@Transactional(readOnly = true)
	public List<Contribution> of(String assignmentId, Actor actor) {
		Assignment assignment = this.tasks.visibleAssignment(assignmentId, actor);
		return (assignment.getRole() == AssignmentRole.LEAD)
				? this.contributions.findByLeadAssignmentIdOrderByContributedAtDesc(assignmentId)
				: this.contributions.findByAssignmentIdOrderByContributedAtDesc(assignmentId);
	}

	private List<ContributionAttachment> attachments(List<AttachmentChoice> chosen, Actor actor) {
		if (chosen == null || chosen.isEmpty()) {
			return List.of();
		}
		if (chosen.size() > MAX_ATTACHMENTS) {
			throw new InvalidRequestException("A contribution references at most " + MAX_ATTACHMENTS + " attachments");
		}
		Set<String> seen = new LinkedHashSet<>();
		List<ContributionAttachment> attached = new ArrayList<>();
		for (AttachmentChoice choice : chosen) {
			if (choice == null || choice.sha256() == null || choice.sha256().isBlank()) {
				throw new InvalidRequestException("Each attachment names its sha256");
			}
			AttachmentRef ref = this.attachments.referable(choice.sha256(), choice.name(), actor);
			if (seen.add(ref.sha256().hex())) {
				attached.add(ContributionAttachment.of(ref));
			}
		}
		return attached;
	}

}
