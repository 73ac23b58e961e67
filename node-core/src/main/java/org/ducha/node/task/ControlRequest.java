package org.ducha.node.task;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A request to suspend (中止) or withdraw (撤销) an issued task, with its reason, and a
 * leader's decision on it (docs/business-rules.md §5.4). One request at a time awaits a
 * decision per task; the records are never deleted. Kept at the issuing node: only the
 * status it leads to travels.
 */
@Table("task_control_request")
public class ControlRequest {

	/** What is asked, and the task statuses it may be asked in. */
	public enum Kind {

		/** 中止. */
		SUSPEND(EnumSet.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS)),

		/** 撤销. */
		WITHDRAW(EnumSet.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS, TaskStatus.SUSPENDED));

		private final Set<TaskStatus> from;

		Kind(Set<TaskStatus> from) {
			this.from = from;
		}

		/**
		 * Checks that a task's status allows the request.
		 * @throws IllegalTransitionException otherwise
		 */
		void check(Task task) {
			if (!this.from.contains(task.getStatus())) {
				throw new IllegalTransitionException("Task " + task.getId() + " is " + task.getStatus()
						+ "; only a task that is " + this.from + " can be asked to " + name().toLowerCase(Locale.ROOT));
			}
		}

	}

	/** Where a request stands. */
	public enum Status {

		PENDING, APPROVED, REFUSED

	}

	@Id
	private String id;

	private String taskId;

	/**
	 * The task's id while the request awaits a decision: unique, so one waits at a time.
	 */
	private String pendingTaskId;

	private Kind kind;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	private Status status;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	@Version
	private Long version;

	ControlRequest() {
	}

	static ControlRequest ask(String id, String taskId, Kind kind, String reason, String by, Instant at) {
		ControlRequest request = new ControlRequest();
		request.id = id;
		request.taskId = taskId;
		request.pendingTaskId = taskId;
		request.kind = kind;
		request.reason = reason;
		request.requestedBy = by;
		request.requestedAt = at;
		request.status = Status.PENDING;
		return request;
	}

	/**
	 * A leader approves or refuses the request.
	 * @param remark why (required of a refusal), or a remark on an approval
	 */
	void decide(boolean approve, String by, Instant at, String remark) {
		if (this.status != Status.PENDING) {
			throw new IllegalTransitionException("The " + describe() + " was " + this.status + " already");
		}
		this.status = approve ? Status.APPROVED : Status.REFUSED;
		this.pendingTaskId = null;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionReason = remark;
	}

	/** E.g. {@code request 0190… to suspend task 0190… by 张三}. */
	String describe() {
		return "request " + this.id + " to " + this.kind.name().toLowerCase(Locale.ROOT) + " task " + this.taskId
				+ " by " + this.requestedBy;
	}

	public String getId() {
		return this.id;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Status getStatus() {
		return this.status;
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
