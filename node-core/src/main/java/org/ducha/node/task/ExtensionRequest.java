package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An assignee's request for a later deadline (延期申请), and the issuer's decision on it. The
 * deadline before the request is kept, so that assessment can tell the original date from
 * the extended one.
 */
@Table("extension_request")
public class ExtensionRequest extends AbstractAggregateRoot<ExtensionRequest> {

	/** Where a request stands. */
	public enum Status {

		PENDING, APPROVED, REFUSED

	}

	@Id
	private String id;

	private String assignmentId;

	private String taskId;

	private String unitCode;

	private String requestedBy;

	private Instant requestedAt;

	private LocalDate deadlineBefore;

	private LocalDate requestedDate;

	private String reason;

	private Status status;

	private LocalDate approvedDate;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	@Version
	private Long version;

	ExtensionRequest() {
	}

	static ExtensionRequest of(String id, Assignment assignment, String by, Instant at, LocalDate deadlineBefore,
			LocalDate requestedDate, String reason) {
		ExtensionRequest request = new ExtensionRequest();
		request.id = id;
		request.assignmentId = assignment.getId();
		request.taskId = assignment.getTaskId();
		request.unitCode = assignment.getUnitCode();
		request.requestedBy = by;
		request.requestedAt = at;
		request.deadlineBefore = deadlineBefore;
		request.requestedDate = requestedDate;
		request.reason = reason;
		request.status = Status.PENDING;
		return request;
	}

	/** Marks this request as born here, to be sent to the issuer. */
	ExtensionRequest raised(String issuingNode) {
		registerEvent(new ExtensionRequested(this, issuingNode));
		return this;
	}

	/**
	 * The issuer's decision: a concrete new date when approved, a reason when refused.
	 */
	void decide(boolean approved, LocalDate date, String by, Instant at, String why) {
		if (this.status != Status.PENDING) {
			throw new IllegalTransitionException(
					"Extension request " + this.id + " is " + this.status + "; only a pending request is decided");
		}
		apply(approved, date, by, at, why);
		registerEvent(new ExtensionDecided(this));
	}

	/**
	 * A decision stated by the issuer's node.
	 * @return whether it changed anything
	 */
	boolean apply(boolean approved, LocalDate date, String by, Instant at, String why) {
		if (this.status != Status.PENDING) {
			return false;
		}
		this.status = approved ? Status.APPROVED : Status.REFUSED;
		this.approvedDate = approved ? date : null;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionReason = why;
		return true;
	}

	public String getId() {
		return this.id;
	}

	public String getAssignmentId() {
		return this.assignmentId;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public LocalDate getDeadlineBefore() {
		return this.deadlineBefore;
	}

	public LocalDate getRequestedDate() {
		return this.requestedDate;
	}

	public String getReason() {
		return this.reason;
	}

	public Status getStatus() {
		return this.status;
	}

	public LocalDate getApprovedDate() {
		return this.approvedDate;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

}
