package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.node.unit.Unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task handed to one unit (交办). Its signing and reports are facts of the assignee's
 * node; copies elsewhere converge on them whatever order they arrive in.
 */
@Table("assignment")
public class Assignment extends AbstractAggregateRoot<Assignment> {

	@Id
	private String id;

	private String taskId;

	private String unitCode;

	private String unitNode;

	private AssignmentRole role;

	private AssignmentStatus status;

	private Instant signedAt;

	private String signedBy;

	/** Who answers for it within the unit (责任人); null until named. */
	@Embedded.Nullable(prefix = "responsible_")
	private ResponsiblePerson responsible;

	private int percentComplete;

	private Instant lastReportedAt;

	/** The assignee's revision of its facts about this assignment. */
	private long assigneeRevision;

	/**
	 * Counts the status changes of the lifecycle on either side (return, completion
	 * request, decision); a copy takes a change only from a higher step.
	 */
	private long lifecycleStep;

	/** The status a refused completion request goes back to. */
	private AssignmentStatus statusBefore;

	/** The deadline in force after approved extensions; null while the task's holds. */
	private LocalDate dueDate;

	/** The assignee's return to the issuer; null unless returned. */
	@Embedded.Nullable
	private AssignmentReturn returned;

	/** When handed to the unit, if later than the task's issue (a reassignment). */
	private Instant assignedAt;

	/**
	 * The last day to sign (签收时限), kept by the schedule, never written with the
	 * aggregate.
	 */
	@ReadOnlyProperty
	private LocalDate signBy;

	private Instant completionRequestedAt;

	private String completionRequestedBy;

	private String completionEvidence;

	private Instant decidedAt;

	private String decidedBy;

	private String decisionReason;

	/** Kept by the lights, never written with the aggregate. */
	@ReadOnlyProperty
	private String light;

	@ReadOnlyProperty
	private String lightReason;

	@Version
	private Long version;

	Assignment() {
	}

	static Assignment create(String id, String taskId, String unitCode, AssignmentRole role) {
		return create(id, taskId, unitCode, role, null);
	}

	/** An assignment handed over later than its task's issue (a reassignment). */
	static Assignment create(String id, String taskId, String unitCode, AssignmentRole role, Instant assignedAt) {
		Assignment assignment = new Assignment();
		assignment.assignedAt = assignedAt;
		assignment.id = id;
		assignment.taskId = taskId;
		assignment.unitCode = unitCode;
		assignment.unitNode = Unit.nodeOf(unitCode);
		assignment.role = role;
		assignment.status = AssignmentStatus.PENDING_SIGN;
		return assignment;
	}

	/**
	 * The assignee signs for the assignment (签收), naming or changing its responsible
	 * person.
	 * @param responsible the person; null keeps the one named at issue
	 */
	void sign(String by, Instant at, String issuingNode, ResponsiblePerson responsible) {
		if (this.status != AssignmentStatus.PENDING_SIGN) {
			throw new IllegalTransitionException("Assignment " + this.id + " is " + this.status
					+ "; only an assignment " + "waiting to be signed can be signed");
		}
		this.status = AssignmentStatus.SIGNED;
		this.signedAt = at;
		this.signedBy = by;
		nameResponsible(responsible);
		this.assigneeRevision++;
		registerEvent(new AssignmentSigned(this, issuingNode));
	}

	/**
	 * The assignee reports progress.
	 * @return the assignee's new revision
	 */
	public long report(int percent, Instant at) {
		if (this.status != AssignmentStatus.SIGNED && this.status != AssignmentStatus.REPORTING) {
			throw new IllegalTransitionException(
					"Assignment " + this.id + " is " + this.status + "; progress is reported on a signed assignment");
		}
		this.status = AssignmentStatus.REPORTING;
		this.percentComplete = percent;
		this.lastReportedAt = at;
		return ++this.assigneeRevision;
	}

	/**
	 * The assignee returns a wrongly addressed assignment to the issuer (退回), before it
	 * has reported on it.
	 */
	void returnToIssuer(String by, Instant at, String reason, String issuingNode) {
		requireStatus("returned to the issuer", AssignmentStatus.PENDING_SIGN, AssignmentStatus.SIGNED);
		this.statusBefore = this.status;
		this.status = AssignmentStatus.RETURNED;
		this.returned = new AssignmentReturn(at, by, reason, null);
		this.lifecycleStep++;
		registerEvent(new AssignmentReturned(this, issuingNode));
	}

	/** The issuer handed this returned assignment's task to another unit. */
	void replaceBy(String assignmentId) {
		requireStatus("reassigned", AssignmentStatus.RETURNED);
		if (this.returned.replacedBy() != null) {
			throw new IllegalTransitionException(
					"Assignment " + this.id + " has already been reassigned to " + this.returned.replacedBy());
		}
		this.returned = this.returned.reassignedTo(assignmentId);
	}

	/** The assignee asks to complete the assignment (办结申请), with its evidence. */
	void requestCompletion(String by, Instant at, String evidence, String issuingNode) {
		requireStatus("completed", AssignmentStatus.SIGNED, AssignmentStatus.REPORTING);
		this.statusBefore = this.status;
		this.status = AssignmentStatus.COMPLETION_REQUESTED;
		this.completionRequestedAt = at;
		this.completionRequestedBy = by;
		this.completionEvidence = evidence;
		this.lifecycleStep++;
		registerEvent(new CompletionRequested(this, issuingNode));
	}

	/**
	 * The issuer approves the completion (销号) or refuses it, with the reason, back to
	 * REPORTING (docs/business-rules.md §6.4) — whatever the status before the request,
	 * and the same at every node, which holds no status before of its own.
	 */
	void decideCompletion(boolean approved, String by, Instant at, String reason) {
		requireStatus(approved ? "closed" : "refused completion", AssignmentStatus.COMPLETION_REQUESTED);
		this.status = approved ? AssignmentStatus.COMPLETED : AssignmentStatus.REPORTING;
		this.decidedAt = at;
		this.decidedBy = by;
		this.decisionReason = reason;
		this.lifecycleStep++;
		registerEvent(new CompletionDecided(this, approved));
	}

	/** The deadline in force: the latest approved extension's, else the task's. */
	public LocalDate deadline(LocalDate taskDeadline) {
		return (this.dueDate != null) ? this.dueDate : taskDeadline;
	}

	/** An approved extension moves the deadline in force; the original stays. */
	void extendTo(LocalDate date) {
		this.dueDate = date;
	}

	/**
	 * The issuer revised the task's deadline: a new requirement, which is both the
	 * original deadline and the one in force (an earlier extension no longer holds).
	 */
	void deadlineRevised() {
		this.dueDate = null;
	}

	/** Names the responsible person; null changes nothing. */
	void nameResponsible(ResponsiblePerson person) {
		if (person != null) {
			this.responsible = person;
		}
	}

	/** Whether the assignee may still ask for anything (extension, completion). */
	public boolean isOpen() {
		return this.status == AssignmentStatus.PENDING_SIGN || this.status == AssignmentStatus.SIGNED
				|| this.status == AssignmentStatus.REPORTING;
	}

	/** A return stated by the assignee's node. */
	void applyReturned(String by, Instant at, String reason, long step) {
		if (step <= this.lifecycleStep) {
			return;
		}
		this.statusBefore = this.status;
		this.status = AssignmentStatus.RETURNED;
		this.returned = new AssignmentReturn(at, by, reason,
				(this.returned != null) ? this.returned.replacedBy() : null);
		this.lifecycleStep = step;
	}

	/** A completion request stated by the assignee's node. */
	void applyCompletionRequested(String by, Instant at, String evidence, long step) {
		if (step <= this.lifecycleStep) {
			return;
		}
		this.statusBefore = (this.status == AssignmentStatus.PENDING_SIGN) ? AssignmentStatus.SIGNED : this.status;
		this.status = AssignmentStatus.COMPLETION_REQUESTED;
		this.completionRequestedAt = at;
		this.completionRequestedBy = by;
		this.completionEvidence = evidence;
		this.lifecycleStep = step;
	}

	/** A completion decision stated by the issuer's node. */
	void applyCompletionDecided(boolean approved, String by, Instant at, String reason, long step) {
		if (step <= this.lifecycleStep) {
			return;
		}
		this.status = approved ? AssignmentStatus.COMPLETED : AssignmentStatus.REPORTING;
		this.decidedAt = at;
		this.decidedBy = by;
		this.decisionReason = reason;
		this.lifecycleStep = step;
	}

	private void requireStatus(String action, AssignmentStatus... allowed) {
		for (AssignmentStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new IllegalTransitionException("Assignment " + this.id + " is " + this.status + "; it cannot be " + action
				+ " (only when " + java.util.Arrays.toString(allowed) + ")");
	}

	/** A signing stated by the assignee's node, with the responsible person it named. */
	void applySigned(String by, Instant at, long revision, ResponsiblePerson responsible) {
		if (this.signedAt == null) {
			this.signedAt = at;
			this.signedBy = by;
			nameResponsible(responsible);
		}
		if (this.status == AssignmentStatus.PENDING_SIGN) {
			this.status = AssignmentStatus.SIGNED;
		}
		this.assigneeRevision = Math.max(this.assigneeRevision, revision);
	}

	/**
	 * A progress report stated by the assignee's node; the latest one sets the progress.
	 */
	public void applyReported(int percent, Instant at, long revision) {
		if (this.lastReportedAt == null || at.isAfter(this.lastReportedAt)) {
			this.percentComplete = percent;
			this.lastReportedAt = at;
		}
		if (this.status == AssignmentStatus.PENDING_SIGN || this.status == AssignmentStatus.SIGNED) {
			this.status = AssignmentStatus.REPORTING;
		}
		this.assigneeRevision = Math.max(this.assigneeRevision, revision);
	}

	public String getId() {
		return this.id;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public String getUnitNode() {
		return this.unitNode;
	}

	public AssignmentRole getRole() {
		return this.role;
	}

	public AssignmentStatus getStatus() {
		return this.status;
	}

	public Instant getSignedAt() {
		return this.signedAt;
	}

	public String getSignedBy() {
		return this.signedBy;
	}

	/** The responsible person (责任人); null until named. */
	public ResponsiblePerson getResponsible() {
		return this.responsible;
	}

	public int getPercentComplete() {
		return this.percentComplete;
	}

	public Instant getLastReportedAt() {
		return this.lastReportedAt;
	}

	public long getAssigneeRevision() {
		return this.assigneeRevision;
	}

	public long getLifecycleStep() {
		return this.lifecycleStep;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	/** The assignee's return to the issuer; null unless returned. */
	public AssignmentReturn getReturned() {
		return this.returned;
	}

	/** When handed to the unit, if later than the task's issue; null otherwise. */
	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	/** The last day to sign; null before the schedule computed it. */
	public LocalDate getSignBy() {
		return this.signBy;
	}

	public Instant getCompletionRequestedAt() {
		return this.completionRequestedAt;
	}

	public String getCompletionRequestedBy() {
		return this.completionRequestedBy;
	}

	public String getCompletionEvidence() {
		return this.completionEvidence;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	/** GREEN, YELLOW or RED as last computed; null before the first computation. */
	public String getLight() {
		return this.light;
	}

	public String getLightReason() {
		return this.lightReason;
	}

}
