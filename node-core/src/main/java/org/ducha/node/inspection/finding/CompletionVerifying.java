package org.ducha.node.inspection.finding;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentStatus;
import org.ducha.node.task.CompletionHolds;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.task.Tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer's on-site verification (核查) of an assignment's pending completion request
 * before 销号: a supervisor or leader of the issuing node asks for it, and records what it
 * found; while asked and not recorded, the completion is not approved.
 */
@Service
public class CompletionVerifying implements CompletionHolds {

	private final CompletionVerificationStore store;

	private final Tasks tasks;

	private final AuditTrail audit;

	private final Clock clock;

	CompletionVerifying(CompletionVerificationStore store, Tasks tasks, AuditTrail audit, Clock clock) {
		this.store = store;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for the verification of the assignment's pending completion request.
	 * @throws IllegalTransitionException naming the assignment's status when no
	 * completion request is pending, or when it was asked already
	 */
	@Transactional
	public CompletionVerification ask(String assignmentId, Actor actor) {
		Assignment assignment = pending(assignmentId, actor, "asked for");
		if (this.store.find(assignmentId, assignment.getLifecycleStep()).isPresent()) {
			throw new IllegalTransitionException(
					"The verification of assignment " + assignmentId + "'s completion request was asked for already");
		}
		CompletionVerification asked = new CompletionVerification(assignmentId, assignment.getLifecycleStep(),
				actor.name(), this.clock.instant().truncatedTo(ChronoUnit.MICROS), null, null, null, null);
		this.store.ask(asked);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "COMPLETION_VERIFICATION_ASKED", actor.subject(), null,
				"assignment " + assignmentId + ", completion request at step " + assignment.getLifecycleStep());
		return asked;
	}

	/**
	 * Records what the verification found.
	 * @throws IllegalTransitionException when none was asked for the pending request, or
	 * it was recorded already
	 */
	@Transactional
	public CompletionVerification record(String assignmentId, boolean confirmed, String notes, Actor actor) {
		Assignment assignment = pending(assignmentId, actor, "recorded");
		CompletionVerification asked = this.store.find(assignmentId, assignment.getLifecycleStep())
			.orElseThrow(() -> new IllegalTransitionException("No verification of assignment " + assignmentId
					+ "'s completion request was asked for; ask for it first"));
		if (asked.recorded()) {
			throw new IllegalTransitionException("The verification of assignment " + assignmentId
					+ "'s completion request was recorded already (" + asked.verifiedAt() + ")");
		}
		if (notes == null || notes.isBlank()) {
			throw new InvalidRequestException("notes: what the verification found on site");
		}
		CompletionVerification recorded = new CompletionVerification(assignmentId, asked.lifecycleStep(),
				asked.askedBy(), asked.askedAt(), confirmed, notes.trim(), actor.name(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.store.record(recorded);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "COMPLETION_VERIFIED", actor.subject(), null,
				"assignment " + assignmentId + ": facts " + (confirmed ? "confirmed" : "not confirmed"));
		return recorded;
	}

	/** The latest verification asked for an assignment the caller may see. */
	@Transactional(readOnly = true)
	public Optional<CompletionVerification> of(String assignmentId, Actor actor) {
		this.tasks.visibleAssignment(assignmentId, actor);
		return this.store.latest(assignmentId);
	}

	@Override
	public Optional<String> holdOn(String assignmentId, long lifecycleStep) {
		return this.store.find(assignmentId, lifecycleStep)
			.filter((asked) -> !asked.recorded())
			.map((asked) -> "The completion of assignment " + assignmentId + " waits for the on-site verification "
					+ "(核查) that " + asked.askedBy() + " asked for at " + asked.askedAt()
					+ " (VERIFICATION_ASKED); record it before approving");
	}

	private Assignment pending(String assignmentId, Actor actor, String what) {
		Assignment assignment = this.tasks.assignmentToDecide(assignmentId, actor);
		if (assignment.getStatus() != AssignmentStatus.COMPLETION_REQUESTED) {
			throw new IllegalTransitionException("Assignment " + assignmentId + " is " + assignment.getStatus()
					+ ": a verification is " + what + " only while a completion request is pending");
		}
		return assignment;
	}

}
