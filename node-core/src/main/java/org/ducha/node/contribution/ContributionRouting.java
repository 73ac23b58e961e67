package org.ducha.node.contribution;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentHistory;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.AssignmentsAdded;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the task's issuer, passes each co-unit's contribution on to the lead unit's
 * assignment held (not returned): the issuer names the lead, and a lead at another node
 * receives it from the issuer, never from the sibling co-unit. A lead handed the task
 * after a return receives every contribution made before.
 */
@Component
class ContributionRouting {

	private final ContributionRepository contributions;

	private final Tasks tasks;

	private final NodeIdentity self;

	private final Clock clock;

	private final AssignmentHistory history;

	private final ApplicationEventPublisher events;

	ContributionRouting(ContributionRepository contributions, Tasks tasks, NodeIdentity self, Clock clock,
			AssignmentHistory history, ApplicationEventPublisher events) {
		this.contributions = contributions;
		this.tasks = tasks;
		this.self = self;
		this.clock = clock;
		this.history = history;
		this.events = events;
	}

	/** A contribution became known here; passed on when this node issued its task. */
	void known(Contribution contribution, Task task) {
		if (!task.getIssuingNode().equals(this.self.code())) {
			return;
		}
		lead(task.getId()).ifPresent((lead) -> forward(contribution, lead));
	}

	/**
	 * A lead assignment added here after a return receives the contributions before it.
	 */
	@EventListener
	void on(AssignmentsAdded added) {
		if (!added.task().getIssuingNode().equals(this.self.code())) {
			return;
		}
		added.assignments()
			.stream()
			.filter((assignment) -> assignment.getRole() == AssignmentRole.LEAD)
			.forEach((lead) -> this.contributions.findByTaskIdOrderByContributedAtAsc(added.task().getId())
				.forEach((contribution) -> forward(contribution, lead)));
	}

	private Optional<Assignment> lead(String taskId) {
		return this.tasks.assignmentsOf(taskId)
			.stream()
			.filter((a) -> a.getRole() == AssignmentRole.LEAD && a.getStatus() != AssignmentStatus.RETURNED)
			.findFirst();
	}

	private void forward(Contribution contribution, Assignment lead) {
		Actor system = Actor.system(this.self.code());
		Instant now = this.clock.instant();
		if (!contribution.forwardedTo(lead.getId(), system.name(), now)) {
			return;
		}
		Contribution saved = this.contributions.save(contribution);
		String action = lead.getUnitNode().equals(this.self.code()) ? "CONTRIBUTION_RECEIVED"
				: "CONTRIBUTION_FORWARDED";
		this.history.learnt(lead, this.self.code(), system.name(), now, action, lead.getStatus(), null,
				"contribution " + saved.getId() + " of unit " + saved.getUnitCode());
		this.events.publishEvent(new ContributionForwarded(saved, this.self.code(), lead.getUnitNode()));
	}

}
