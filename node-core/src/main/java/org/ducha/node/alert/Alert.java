package org.ducha.node.alert;

import java.time.Instant;

import org.ducha.node.problem.ConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A prompt or a warning from one node's unit to another node. Raising belongs to the
 * sender's node, signing for it to the recipient's.
 */
@Table("alert")
public class Alert extends AbstractAggregateRoot<Alert> {

	@Id
	private String id;

	private AlertDirection direction;

	private AlertKind kind;

	private String fromNode;

	private String fromUnit;

	private String toNode;

	private String toUnit;

	private String taskId;

	private String assignmentId;

	private String title;

	private String message;

	private String raisedBy;

	private Instant raisedAt;

	private AlertStatus status;

	private String acknowledgedBy;

	private Instant acknowledgedAt;

	private String note;

	/** When it escalated unsigned; set only at the recipient's node. */
	private Instant escalatedAt;

	private String coordinationProcess;

	private String coordinationReasons;

	private String coordinationSuggestions;

	@Version
	private Long version;

	Alert() {
	}

	static Alert raise(String id, AlertDraft draft, AlertDirection direction, String fromNode, String fromUnit,
			String raisedBy, Instant at) {
		Alert alert = of(id, draft, direction, fromNode, fromUnit, raisedBy, at);
		alert.registerEvent(new AlertRaised(alert));
		if (alert.toNode.equals(fromNode)) {
			alert.delivered();
		}
		return alert;
	}

	/** An alert as its sender's node stated it. */
	static Alert of(String id, AlertDraft draft, AlertDirection direction, String fromNode, String fromUnit,
			String raisedBy, Instant at) {
		Alert alert = new Alert();
		alert.id = id;
		alert.direction = direction;
		alert.kind = draft.kind();
		alert.fromNode = fromNode;
		alert.fromUnit = fromUnit;
		alert.toNode = draft.toNode();
		alert.toUnit = draft.toUnit();
		alert.taskId = draft.taskId();
		alert.assignmentId = draft.assignmentId();
		alert.title = draft.title();
		alert.message = draft.message();
		alert.raisedBy = raisedBy;
		alert.raisedAt = at;
		alert.status = AlertStatus.OPEN;
		CoordinationReport report = draft.coordinationReport();
		if (report != null) {
			alert.coordinationProcess = report.process();
			alert.coordinationReasons = report.reasons();
			alert.coordinationSuggestions = report.suggestions();
		}
		return alert;
	}

	/** The alert reached its recipient's node. */
	void delivered() {
		registerEvent(new AlertDelivered(this));
	}

	/** The recipient signs for the alert (签收). */
	void acknowledge(String by, Instant at, String note) {
		if (this.status == AlertStatus.ACKNOWLEDGED) {
			throw new ConflictException(
					"Alert " + this.id + " is ACKNOWLEDGED: it was signed for by " + this.acknowledgedBy);
		}
		applyAcknowledged(by, at, note);
		registerEvent(new AlertAcknowledged(this));
	}

	/** A signing stated by the recipient's node; the first one stands. */
	void applyAcknowledged(String by, Instant at, String note) {
		if (this.status == AlertStatus.ACKNOWLEDGED) {
			return;
		}
		this.status = AlertStatus.ACKNOWLEDGED;
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
		this.note = note;
	}

	/**
	 * The alert stayed unsigned past its limit (docs/business-rules.md §9.2); it
	 * escalates once.
	 * @return whether it escalated now
	 */
	boolean escalate(Instant at) {
		if (this.status != AlertStatus.OPEN) {
			return false;
		}
		this.status = AlertStatus.ESCALATED;
		this.escalatedAt = at;
		registerEvent(new AlertEscalated(this));
		return true;
	}

	public String getId() {
		return this.id;
	}

	public AlertDirection getDirection() {
		return this.direction;
	}

	public AlertKind getKind() {
		return this.kind;
	}

	public String getFromNode() {
		return this.fromNode;
	}

	public String getFromUnit() {
		return this.fromUnit;
	}

	public String getToNode() {
		return this.toNode;
	}

	public String getToUnit() {
		return this.toUnit;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getAssignmentId() {
		return this.assignmentId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getMessage() {
		return this.message;
	}

	public String getRaisedBy() {
		return this.raisedBy;
	}

	public Instant getRaisedAt() {
		return this.raisedAt;
	}

	public AlertStatus getStatus() {
		return this.status;
	}

	public String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	/** The written coordination report this alert files, or null. */
	public CoordinationReport getCoordinationReport() {
		if (this.coordinationProcess == null && this.coordinationReasons == null
				&& this.coordinationSuggestions == null) {
			return null;
		}
		return new CoordinationReport(this.coordinationProcess, this.coordinationReasons, this.coordinationSuggestions);
	}

}
