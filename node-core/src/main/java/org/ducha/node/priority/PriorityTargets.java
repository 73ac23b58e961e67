package org.ducha.node.priority;

import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.inspection.InspectionPlan;
import org.ducha.node.inspection.PlanReading;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;

import org.springframework.stereotype.Component;

/**
 * The tasks and inspection plans a priority is implemented by, each read through its own
 * feature's scope: what the caller may not see there is "not found" here too.
 */
@Component
class PriorityTargets {

	private final Tasks tasks;

	private final PlanReading plans;

	private final NodeIdentity self;

	PriorityTargets(Tasks tasks, PlanReading plans, NodeIdentity self) {
		this.tasks = tasks;
		this.plans = plans;
		this.self = self;
	}

	/**
	 * A task or plan of this node in the caller's scope, to be linked.
	 * @throws NotFoundException when missing or out of the caller's scope
	 * @throws ForbiddenException when it is another node's: the link belongs to the node
	 * of the task or plan
	 */
	void requireOwn(TargetKind kind, String id, Actor actor) {
		String node = switch (kind) {
			case TASK -> this.tasks.detail(id, actor).task().getIssuingNode();
			case PLAN -> plan(id, actor).planningNode();
		};
		if (!this.self.code().equals(node)) {
			throw new ForbiddenException(
					"只能关联本级的任务和督查方案: " + kind + " " + id + " is node " + node + "'s; it is linked to a priority there");
		}
	}

	/** A link with its target's title and state, as far as the caller sees it. */
	LinkedTarget of(PriorityLink link, Actor actor) {
		String title = null;
		String state = null;
		try {
			if (link.kind() == TargetKind.TASK) {
				Task task = this.tasks.detail(link.targetId(), actor).task();
				title = task.getTitle();
				state = task.getStatus().name();
			}
			else {
				InspectionPlan plan = plan(link.targetId(), actor);
				title = plan.content().title();
				state = plan.status().name();
			}
		}
		catch (NotFoundException ex) {
			// out of the reader's scope: the link shows its kind and id only
		}
		return new LinkedTarget(link.itemId(), link.kind(), link.targetId(), title, state, link.linkedBy(),
				link.linkedAt());
	}

	private InspectionPlan plan(String id, Actor actor) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("targetId: 督查方案编号有误 (a plan's id is a UUID): " + id);
		}
		return this.plans.plan(uuid, actor).plan();
	}

}
