package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task (督查事项): what is to be done, by when, from which source. Its content and the
 * decisions on it belong to the issuing node; other nodes hold copies that never move
 * back to an older revision.
 */
@Table("task")
public class Task extends AbstractAggregateRoot<Task> {

	@Id
	private String id;

	private String number;

	private String title;

	private String content;

	private TaskSource source;

	private TaskType type;

	private String basis;

	private String issuingNode;

	private String issuingUnit;

	private LocalDate deadline;

	private TaskStatus status;

	/** The issuer's revision of the content. */
	private long revision;

	private Instant issuedAt;

	private String issuedBy;

	private Instant createdAt;

	/** The reporting rule, as JSON. */
	private String schedule;

	@Version
	private Long version;

	Task() {
	}

	/**
	 * Issues a new task at this node (the approval step comes with the full workflow).
	 */
	static Task issue(String id, String number, TaskContent content, ReportingRule schedule, String issuingNode,
			String issuingUnit, String issuedBy, Instant now, List<Assignment> assignments) {
		Task task = new Task();
		task.schedule = ReportingRules.toJson(schedule);
		task.id = id;
		task.number = number;
		task.title = content.title();
		task.content = content.content();
		task.source = content.source();
		task.type = content.type();
		task.basis = content.basis();
		task.deadline = content.deadline();
		task.issuingNode = issuingNode;
		task.issuingUnit = issuingUnit;
		task.status = TaskStatus.ISSUED;
		task.revision = 1;
		task.issuedAt = now;
		task.issuedBy = issuedBy;
		task.createdAt = now;
		task.registerEvent(new TaskIssued(task, List.copyOf(assignments)));
		return task;
	}

	/** A copy of a task issued elsewhere, as its issuer stated it. */
	static Task copyOf(TaskCopy copy, Instant now) {
		Task task = new Task();
		task.id = copy.id();
		task.createdAt = now;
		task.update(copy);
		return task;
	}

	/**
	 * Takes a newer revision from the issuer.
	 * @return whether anything changed
	 */
	boolean update(TaskCopy copy) {
		if (copy.revision() <= this.revision) {
			return false;
		}
		this.number = copy.number();
		this.title = copy.title();
		this.content = copy.content();
		this.source = copy.source();
		this.type = copy.type();
		this.basis = copy.basis();
		this.deadline = copy.deadline();
		this.issuingNode = copy.issuingNode();
		this.issuingUnit = copy.issuingUnit();
		this.status = TaskStatus.ISSUED;
		this.revision = copy.revision();
		this.issuedAt = copy.issuedAt();
		this.issuedBy = copy.issuedBy();
		this.schedule = ReportingRules.toJson(copy.schedule());
		return true;
	}

	public String getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

	public TaskSource getSource() {
		return this.source;
	}

	public TaskType getType() {
		return this.type;
	}

	public String getBasis() {
		return this.basis;
	}

	public String getIssuingNode() {
		return this.issuingNode;
	}

	public String getIssuingUnit() {
		return this.issuingUnit;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public long getRevision() {
		return this.revision;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When this task's reports are due. */
	public ReportingRule reportingRule() {
		return ReportingRules.fromJson(this.schedule);
	}

}
