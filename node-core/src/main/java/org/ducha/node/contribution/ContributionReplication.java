package org.ducha.node.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotHeldException;
import org.ducha.node.schedule.Schedules;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentHistory;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.task.Tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the contributions other nodes state: a co-unit's node sends its own up (kept by
 * every node on the way to the issuer, which passes it on), the issuer sends it down to
 * the lead unit's node (kept on the way); and reads them for a re-sync. Applied once
 * however often they arrive.
 */
@Service
public class ContributionReplication {

	private final ContributionRepository contributions;

	private final TaskReplication assignments;

	private final Tasks tasks;

	private final Schedules schedules;

	private final ContributionRouting routing;

	private final AssignmentHistory history;

	private final NodeIdentity self;

	ContributionReplication(ContributionRepository contributions, TaskReplication assignments, Tasks tasks,
			Schedules schedules, ContributionRouting routing, AssignmentHistory history, NodeIdentity self) {
		this.contributions = contributions;
		this.assignments = assignments;
		this.tasks = tasks;
		this.schedules = schedules;
		this.routing = routing;
		this.history = history;
		this.self = self;
	}

	/**
	 * A contribution stated by the co-unit's node.
	 * @param statedBy the node stating it, which must be the co-unit's
	 * @throws ForbiddenException when it is another node, the assignment is not a
	 * co-unit's of that task, or a copy held here is another unit's or assignment's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyMade(StatedContribution stated, String statedBy) {
		Assignment assignment = this.assignments.assignmentStatedBy(stated.assignmentId(), stated.unitCode(), statedBy);
		if (!assignment.getTaskId().equals(stated.taskId()) || assignment.getRole() != AssignmentRole.CO) {
			throw new ForbiddenException("Contribution " + stated.id() + " names assignment " + assignment.getId()
					+ ", which is not a co-unit's of task " + stated.taskId());
		}
		Contribution known = this.contributions.findById(stated.id()).orElse(null);
		if (known != null) {
			refuseAnotherUnitOrAssignment(known, stated);
			return;
		}
		Contribution saved = this.contributions.save(stated.toContribution());
		if (stated.slot() != null) {
			this.schedules.fillWithContribution(assignment.getId(), stated.slot().ordinal(), saved.getId(),
					LocalDate.ofInstant(stated.contributedAt(), NodeIdentity.ZONE));
		}
		this.history.learnt(assignment, statedBy, stated.contributedBy(), stated.contributedAt(), "CONTRIBUTED",
				assignment.getStatus(), null,
				"contribution " + saved.getId() + ((stated.slot() != null) ? " for " + stated.slot().label() : ""));
		this.routing.known(saved, this.tasks.task(stated.taskId()));
	}

	/**
	 * The task's issuer passed a contribution on to a lead assignment.
	 * @param statedBy the node stating it, which must be the task's issuer
	 * @throws ForbiddenException when it is another node, the assignment is not the
	 * lead's of that task, or a copy held here is not the contribution as stated
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyForwarded(StatedContribution stated, String leadAssignmentId, String statedBy, String by,
			Instant at) {
		Task task = this.tasks.findTask(stated.taskId())
			.orElseThrow(() -> new NotHeldException("Task " + stated.taskId()));
		if (!task.getIssuingNode().equals(statedBy)) {
			throw new ForbiddenException("Node " + statedBy + " passes on a contribution to task " + task.getId()
					+ ", which node " + task.getIssuingNode() + " issued");
		}
		Assignment lead = this.tasks.findAssignment(leadAssignmentId)
			.orElseThrow(() -> new NotHeldException("Assignment " + leadAssignmentId));
		if (!lead.getTaskId().equals(task.getId()) || lead.getRole() != AssignmentRole.LEAD
				|| lead.getUnitCode().equals(stated.unitCode())) {
			throw new ForbiddenException("Assignment " + leadAssignmentId + " is not the lead unit's of task "
					+ task.getId() + " to receive contribution " + stated.id());
		}
		Contribution known = this.contributions.findById(stated.id()).orElse(null);
		if (known != null) {
			refuseAnotherUnitOrAssignment(known, stated);
			if (!asOnTheWire(known.content()).equals(asOnTheWire(stated.content()))) {
				throw new ForbiddenException("Contribution " + stated.id() + " of unit " + known.getUnitCode()
						+ " is passed on with other words than the co-unit stated");
			}
		}
		Contribution contribution = (known != null) ? known : stated.toContribution();
		if (contribution.forwardedTo(leadAssignmentId, by, at)) {
			Contribution saved = this.contributions.save(contribution);
			String action = lead.getUnitNode().equals(this.self.code()) ? "CONTRIBUTION_RECEIVED"
					: "CONTRIBUTION_FORWARDED";
			this.history.learnt(lead, statedBy, by, at, action, lead.getStatus(), null,
					"contribution " + saved.getId() + " of unit " + saved.getUnitCode());
		}
	}

	/**
	 * A contribution is kept once and never changes: a restatement naming another unit,
	 * assignment or task is refused rather than acknowledged without a trace.
	 */
	private static void refuseAnotherUnitOrAssignment(Contribution known, StatedContribution stated) {
		if (!known.getUnitCode().equals(stated.unitCode()) || !known.getAssignmentId().equals(stated.assignmentId())
				|| !known.getTaskId().equals(stated.taskId())) {
			throw new ForbiddenException("Contribution " + stated.id() + " is unit " + known.getUnitCode()
					+ "'s on assignment " + known.getAssignmentId() + "; a copy stating unit " + stated.unitCode()
					+ " on assignment " + stated.assignmentId() + " is refused");
		}
	}

	/** The words as the wire carries them, where an empty text is an absent one. */
	private static ContributionContent asOnTheWire(ContributionContent content) {
		return new ContributionContent(orNull(content.progress()), orNull(content.dissemination()),
				orNull(content.measures()), orNull(content.effects()), orNull(content.practices()),
				orNull(content.difficulties()), orNull(content.suggestions()));
	}

	private static String orNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	/**
	 * Contributions by units of the given nodes on tasks issued outside them (re-sync
	 * up).
	 */
	@Transactional(readOnly = true)
	public List<Contribution> byNodesForIssuersOutside(Collection<String> nodes, String afterId, int limit) {
		return this.contributions.byNodesForIssuersOutside(nodes, afterId, limit);
	}

	/**
	 * Contributions passed on to lead assignments of the given nodes on tasks issued
	 * outside them (re-sync down).
	 */
	@Transactional(readOnly = true)
	public List<Contribution> forwardedIntoNodes(Collection<String> nodes, String afterId, int limit) {
		return this.contributions.forwardedIntoNodes(nodes, afterId, limit);
	}

}
