package org.ducha.node.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

/**
 * An inspection plan (督查方案): drafted by a supervisor, submitted, approved by a leader (or
 * sent back to its draft), carried out, closed; a draft may be withdrawn. Each step is
 * allowed in one state only; any other is an {@link IllegalTransitionException} naming
 * the current state. A plan received from another node is a copy: it changes only by that
 * node's events.
 *
 * @param id id
 * @param planningNode the node that planned it
 * @param planningNodeName its name
 * @param content what the plan says
 * @param status where it stands
 * @param draftedBy the supervisor who drafted it (null on a copy)
 * @param draftedAt when
 * @param duplicateReason why it goes on although an announced plan covers a common object
 * in an overlapping period
 * @param sentBackReason why a leader sent it back, until it is submitted again
 * @param approvedBy the leader who approved it
 * @param approvedAt when
 * @param carriedOutAt when it was marked carried out
 * @param closedAt when it was closed
 * @param version optimistic version
 */
public record InspectionPlan(UUID id, String planningNode, String planningNodeName, PlanContent content,
		PlanStatus status, String draftedBy, Instant draftedAt, String duplicateReason, String sentBackReason,
		String approvedBy, Instant approvedAt, Instant carriedOutAt, Instant closedAt, long version) {

	/** A new draft. */
	static InspectionPlan draft(UUID id, String node, String nodeName, PlanContent content, String by, Instant at) {
		check(content);
		return new InspectionPlan(id, node, nodeName, content, PlanStatus.DRAFT, by, at, null, null, null, null, null,
				null, 0);
	}

	/** The draft, said anew. */
	InspectionPlan revised(PlanContent newContent) {
		require(PlanStatus.DRAFT, "revised");
		check(newContent);
		return new InspectionPlan(this.id, this.planningNode, this.planningNodeName, newContent, this.status,
				this.draftedBy, this.draftedAt, this.duplicateReason, this.sentBackReason, null, null, null, null,
				this.version);
	}

	/**
	 * Submitted for a leader's approval. When announced plans cover a common object in an
	 * overlapping period, the supervisor goes on only with a reason, which is recorded.
	 * @param duplicates the overlapping announced plans known at this node
	 * @param reason why it goes on anyway (or null)
	 * @throws DuplicateSupervisionException when there are duplicates and no reason
	 */
	InspectionPlan submitted(List<PlanSummary> duplicates, String reason) {
		require(PlanStatus.DRAFT, "submitted");
		String why = (reason != null && !reason.isBlank()) ? reason.trim() : this.duplicateReason;
		if (!duplicates.isEmpty() && why == null) {
			throw new DuplicateSupervisionException(this.id, duplicates);
		}
		return with(PlanStatus.AWAITING_APPROVAL, why, null, null, null, null, null);
	}

	/** A leader approves it; it may run. */
	InspectionPlan approved(String by, Instant at) {
		require(PlanStatus.AWAITING_APPROVAL, "approved");
		return with(PlanStatus.APPROVED, this.duplicateReason, null, by, at, null, null);
	}

	/** A leader sends it back to its drafter, with a reason. */
	InspectionPlan sentBack(String reason) {
		require(PlanStatus.AWAITING_APPROVAL, "sent back");
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason: a plan is sent back with the reason why");
		}
		return with(PlanStatus.DRAFT, this.duplicateReason, reason.trim(), null, null, null, null);
	}

	/** The inspection took place. */
	InspectionPlan carriedOut(Instant at) {
		require(PlanStatus.APPROVED, "marked carried out");
		return with(PlanStatus.CARRIED_OUT, this.duplicateReason, null, this.approvedBy, this.approvedAt, at, null);
	}

	/** The inspection is finished. */
	InspectionPlan closed(Instant at) {
		require(PlanStatus.CARRIED_OUT, "closed");
		return with(PlanStatus.CLOSED, this.duplicateReason, null, this.approvedBy, this.approvedAt, this.carriedOutAt,
				at);
	}

	/** Its supervisor gives the draft up. */
	InspectionPlan withdrawn() {
		require(PlanStatus.DRAFT, "withdrawn");
		return with(PlanStatus.WITHDRAWN, this.duplicateReason, this.sentBackReason, null, null, null, null);
	}

	/** What the findings and conclusions of the plan need of it. */
	public PlanFacts facts() {
		return new PlanFacts(this.id, this.planningNode, this.content.unannounced(), this.status,
				this.content.objects().stream().map(PlanObject::unitCode).toList(), this.draftedBy, this.approvedBy,
				this.content.team(), this.content.startsOn(), this.content.endsOn());
	}

	/** Whether it may be known below the planning node. */
	boolean revealed() {
		return facts().revealed();
	}

	private InspectionPlan with(PlanStatus next, String duplicate, String sentBack, String approver, Instant approved,
			Instant carriedOut, Instant closed) {
		return new InspectionPlan(this.id, this.planningNode, this.planningNodeName, this.content, next, this.draftedBy,
				this.draftedAt, duplicate, sentBack, approver, approved, carriedOut, closed, this.version);
	}

	private void require(PlanStatus expected, String act) {
		if (this.status != expected) {
			throw new IllegalTransitionException("Inspection plan " + this.id + " is " + this.status
					+ "; only a plan that is " + expected + " can be " + act);
		}
	}

	private static void check(PlanContent content) {
		if (content.title() == null || content.title().isBlank()) {
			throw new InvalidRequestException("title: a plan has a title");
		}
		if (content.kind() == null) {
			throw new InvalidRequestException("kind: COMPREHENSIVE, SPECIAL or ROUTINE");
		}
		if (content.methods().isEmpty()) {
			throw new InvalidRequestException("methods: a plan names at least one method");
		}
		if (content.startsOn() == null || content.endsOn() == null || content.endsOn().isBefore(content.startsOn())) {
			throw new InvalidRequestException("startsOn, endsOn: a period whose end is not before its start");
		}
		if (content.objects().isEmpty()) {
			throw new InvalidRequestException("objects: a plan inspects at least one unit");
		}
		if (content.team().isEmpty()) {
			throw new InvalidRequestException("team: a plan names its inspection team");
		}
		if (content.basis() == null || content.basis().kind() == null) {
			throw new InvalidRequestException("basis: a task, a leader's instruction or an annual priority");
		}
	}

}
