package org.ducha.node.task;

import java.time.Instant;

import org.ducha.node.unit.Unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
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

	private int percentComplete;

	private Instant lastReportedAt;

	/** The assignee's revision of its facts about this assignment. */
	private long assigneeRevision;

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
		Assignment assignment = new Assignment();
		assignment.id = id;
		assignment.taskId = taskId;
		assignment.unitCode = unitCode;
		assignment.unitNode = Unit.nodeOf(unitCode);
		assignment.role = role;
		assignment.status = AssignmentStatus.PENDING_SIGN;
		return assignment;
	}

	/** The assignee signs for the assignment (签收). */
	void sign(String by, Instant at, String issuingNode) {
		if (this.status != AssignmentStatus.PENDING_SIGN) {
			throw new IllegalTransitionException("Assignment " + this.id + " is " + this.status
					+ "; only an assignment " + "waiting to be signed can be signed");
		}
		this.status = AssignmentStatus.SIGNED;
		this.signedAt = at;
		this.signedBy = by;
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

	/** A signing stated by the assignee's node. */
	void applySigned(String by, Instant at, long revision) {
		if (this.signedAt == null) {
			this.signedAt = at;
			this.signedBy = by;
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

	public int getPercentComplete() {
		return this.percentComplete;
	}

	public Instant getLastReportedAt() {
		return this.lastReportedAt;
	}

	public long getAssigneeRevision() {
		return this.assigneeRevision;
	}

	/** GREEN, YELLOW or RED as last computed; null before the first computation. */
	public String getLight() {
		return this.light;
	}

	public String getLightReason() {
		return this.lightReason;
	}

}
