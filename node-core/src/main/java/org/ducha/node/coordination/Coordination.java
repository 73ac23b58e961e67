package org.ducha.node.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One coordination attempt (协调) of a lead unit with co-units on its LEAD assignment: a
 * fact of the assignee's node, kept unchanged wherever it travels.
 */
@Table("coordination")
public class Coordination extends AbstractAggregateRoot<Coordination> {

	private static final String SEPARATOR = ",";

	@Id
	private String id;

	private String assignmentId;

	private String taskId;

	private String unitCode;

	private LocalDate coordinatedOn;

	/** The units coordinated with, comma-separated (a unit code holds no comma). */
	private String withUnits;

	private String matter;

	private CoordinationOutcome outcome;

	private String notes;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private Long version;

	Coordination() {
	}

	static Coordination of(String id, String assignmentId, String taskId, String unitCode, NewCoordination attempt,
			String recordedBy, Instant recordedAt) {
		Coordination coordination = new Coordination();
		coordination.id = id;
		coordination.assignmentId = assignmentId;
		coordination.taskId = taskId;
		coordination.unitCode = unitCode;
		coordination.coordinatedOn = attempt.date();
		coordination.withUnits = String.join(SEPARATOR, attempt.withUnits());
		coordination.matter = attempt.matter();
		coordination.outcome = attempt.outcome();
		coordination.notes = attempt.notes();
		coordination.recordedBy = recordedBy;
		coordination.recordedAt = recordedAt;
		return coordination;
	}

	/** Marks this attempt as born here, to be sent to the issuer. */
	Coordination recorded(String issuingNode) {
		registerEvent(new CoordinationRecorded(this, issuingNode));
		return this;
	}

	public boolean isResolved() {
		return this.outcome == CoordinationOutcome.RESOLVED;
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

	public LocalDate getCoordinatedOn() {
		return this.coordinatedOn;
	}

	public List<String> getWithUnits() {
		return this.withUnits.isEmpty() ? List.of() : Arrays.asList(this.withUnits.split(SEPARATOR));
	}

	public String getMatter() {
		return this.matter;
	}

	public CoordinationOutcome getOutcome() {
		return this.outcome;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
