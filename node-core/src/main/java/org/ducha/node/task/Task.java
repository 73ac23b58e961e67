package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task (督查事项): what is to be done, by when, from which source. Born as a draft at its
 * issuing node (立项), issued after a leader's approval, then revised, withdrawn or
 * suspended only by its issuer; other nodes hold copies that never move back to an older
 * revision or status.
 */
@Table("task")
public class Task extends AbstractAggregateRoot<Task> {

	private static final Set<TaskStatus> REVISABLE = EnumSet.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS,
			TaskStatus.SUSPENDED);

	@Id
	private String id;

	private String number;

	private String title;

	private String content;

	private String goal;

	private TaskSource source;

	private TaskType type;

	private String basis;

	private String issuingNode;

	private String issuingUnit;

	/** Null only on a leader instruction's draft, whose urgency sets it at issue. */
	private LocalDate deadline;

	private LocalDate meetingDate;

	@Embedded.Nullable(prefix = "instruction_")
	private LeaderInstruction instruction;

	@MappedCollection(idColumn = "task_id", keyColumn = "position")
	private List<TaskAttachment> attachments = new ArrayList<>();

	private TaskStatus status;

	/** The issuer's revision of the content: 0 before issue, 1 as issued. */
	private long revision;

	private Instant issuedAt;

	/** The leader who approved the issue. */
	private String issuedBy;

	private Instant createdAt;

	/** The reporting rule, as JSON; null on a draft that takes its source's default. */
	private String schedule;

	/** Shown to the public without sign-in (民生实事公开). */
	private boolean published;

	/** A draft's units to be, as JSON; null once issued. */
	private String plannedAssignees;

	private String registeredBy;

	/** Why the task has its status (a rejection, withdrawal or suspension). */
	@Embedded.Nullable(prefix = "status_")
	private ChangeNote statusNote;

	/** The status a suspension returns to. */
	private TaskStatus statusBefore;

	/** The issuer's count of status changes after issue. */
	private long statusRevision;

	/** Who made the latest revision of the content, when and why. */
	@Embedded.Nullable(prefix = "revision_")
	private ChangeNote revisionNote;

	@Version
	private Long version;

	Task() {
	}

	/** Registers a draft at this node (立项). */
	static Task register(String id, TaskContent content, List<IssueTask.Assignee> assignees,
			List<AttachmentRef> attachments, String issuingNode, String issuingUnit, String registeredBy, Instant now) {
		Task task = new Task();
		task.id = id;
		task.issuingNode = issuingNode;
		task.issuingUnit = issuingUnit;
		task.registeredBy = registeredBy;
		task.createdAt = now;
		task.status = TaskStatus.DRAFT;
		task.draft(content, assignees, attachments);
		return task;
	}

	/** Changes a draft. */
	void edit(TaskContent content, List<IssueTask.Assignee> assignees, List<AttachmentRef> attachments) {
		require(EnumSet.of(TaskStatus.DRAFT), "only a draft can be edited");
		draft(content, assignees, attachments);
	}

	private void draft(TaskContent content, List<IssueTask.Assignee> assignees, List<AttachmentRef> attachments) {
		say(content);
		this.schedule = (content.schedule() != null) ? ReportingRules.toJson(content.schedule()) : null;
		this.plannedAssignees = PlannedAssignees.toJson(assignees);
		this.attachments = new ArrayList<>(attachments.stream().map(TaskAttachment::of).toList());
	}

	/** Takes what a task says, its reporting rule aside. */
	private void say(TaskContent content) {
		this.title = content.title();
		this.content = content.content();
		this.goal = content.goal();
		this.source = content.source();
		this.type = content.type();
		this.basis = content.basis();
		this.deadline = content.deadline();
		this.published = content.published();
		this.meetingDate = content.meetingDate();
		this.instruction = content.instruction();
	}

	/** Checks that the task may be deleted: only drafts can. */
	void checkDeletable() {
		require(EnumSet.of(TaskStatus.DRAFT), "only a draft can be deleted");
	}

	/** Submits a draft for a leader's approval. */
	void submit() {
		require(EnumSet.of(TaskStatus.DRAFT), "only a draft can be submitted for approval");
		this.status = TaskStatus.PENDING_APPROVAL;
		this.statusNote = null;
	}

	/** A leader sends the task back to its drafters, with the reason. */
	void reject(String reason, String by, Instant now) {
		require(EnumSet.of(TaskStatus.PENDING_APPROVAL), "only a task awaiting approval can be rejected");
		this.status = TaskStatus.DRAFT;
		this.statusNote = new ChangeNote(by, now, reason);
	}

	/**
	 * A leader approves the task: it is issued with its number and assignments (交办).
	 * @param deadline the deadline it is issued with: its own, or its urgency's
	 */
	void approve(String number, LocalDate deadline, ReportingRule schedule, String approvedBy, Instant now,
			List<Assignment> assignments) {
		require(EnumSet.of(TaskStatus.PENDING_APPROVAL), "only a task awaiting approval can be approved");
		this.number = number;
		this.deadline = deadline;
		this.schedule = ReportingRules.toJson(schedule);
		this.status = TaskStatus.ISSUED;
		this.statusNote = null;
		this.revision = 1;
		this.issuedAt = now;
		this.issuedBy = approvedBy;
		this.plannedAssignees = null;
		registerEvent(new TaskIssued(this, List.copyOf(assignments)));
	}

	/**
	 * Makes a new revision of the content of an issued task.
	 * @return what changed
	 */
	List<FieldChange> revise(ReviseTask change, String by, Instant now) {
		require(REVISABLE, "only an issued task can be revised");
		TaskContent before = content();
		TaskContent after = change.applyTo(before);
		List<FieldChange> changes = FieldChange.between(before, after);
		if (changes.isEmpty()) {
			throw new InvalidRequestException(
					"A revision changes at least one of title, content, goal, basis, deadline");
		}
		say(after);
		this.revision++;
		this.revisionNote = new ChangeNote(by, now, change.reason());
		return changes;
	}

	/** Withdraws an issued task (撤销), with the reason. */
	void withdraw(String reason, String by, Instant now) {
		require(REVISABLE, "only an issued, in-progress or suspended task can be withdrawn");
		this.statusBefore = null;
		changeStatus(TaskStatus.WITHDRAWN, reason, by, now);
	}

	/** Suspends an issued task (中止), with the reason. */
	void suspend(String reason, String by, Instant now) {
		require(EnumSet.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS),
				"only an issued or in-progress task can be suspended");
		this.statusBefore = this.status;
		changeStatus(TaskStatus.SUSPENDED, reason, by, now);
	}

	/** Resumes a suspended task: it returns to the status it had before. */
	void resume(String reason, String by, Instant now) {
		require(EnumSet.of(TaskStatus.SUSPENDED), "only a suspended task can be resumed");
		TaskStatus back = (this.statusBefore != null) ? this.statusBefore : TaskStatus.ISSUED;
		this.statusBefore = null;
		changeStatus(back, reason, by, now);
	}

	/** An assignee signed or reported: ISSUED → IN_PROGRESS; true if moved. */
	boolean start(Instant now) {
		if (this.status != TaskStatus.ISSUED) {
			return false;
		}
		changeStatus(TaskStatus.IN_PROGRESS, null, null, now);
		return true;
	}

	/** The lead unit's assignment is closed (销号), so is the task; true if moved. */
	boolean close(Instant now) {
		if (this.status != TaskStatus.ISSUED && this.status != TaskStatus.IN_PROGRESS) {
			return false;
		}
		changeStatus(TaskStatus.CLOSED, "主办单位已办结", null, now);
		return true;
	}

	private void changeStatus(TaskStatus to, String reason, String by, Instant now) {
		this.status = to;
		this.statusNote = new ChangeNote(by, now, reason);
		this.statusRevision++;
	}

	/**
	 * Checks that assignees may work on this task's assignments.
	 * @throws IllegalTransitionException when the task is withdrawn or suspended
	 */
	public void checkOpenForAssignees() {
		if (this.status.isHalted()) {
			throw new IllegalTransitionException("Task " + this.id + " is " + this.status
					+ "; its assignments can be neither signed nor reported on");
		}
	}

	private void require(Set<TaskStatus> allowed, String rule) {
		if (!allowed.contains(this.status)) {
			throw new IllegalTransitionException("Task " + this.id + " is " + this.status + "; " + rule);
		}
	}

	/** A copy of a task issued elsewhere, as its issuer stated it. */
	static Task copyOf(TaskCopy copy, Instant now) {
		Task task = new Task();
		task.id = copy.id();
		task.createdAt = now;
		task.takeContent(copy);
		task.takeStatus(copy);
		return task;
	}

	/**
	 * Takes a newer revision of the content from the issuer. Who issued the task and its
	 * number never change once held (docs/protocol.md §8): a copy that says otherwise is
	 * refused, whatever its revision.
	 * @return whether the content moved on
	 * @throws ForbiddenException when the copy names another issuer or number
	 */
	boolean takeContent(TaskCopy copy) {
		if (this.issuingNode != null) {
			requireUnchanged("issuing node", this.issuingNode, copy.issuingNode());
			requireUnchanged("issuing unit", this.issuingUnit, copy.issuingUnit());
		}
		if (this.number != null) {
			requireUnchanged("number", this.number, copy.number());
		}
		if (this.number != null && copy.revision() <= this.revision) {
			return false;
		}
		this.number = copy.number();
		say(copy.content());
		this.attachments = new ArrayList<>(copy.attachments().stream().map(TaskAttachment::of).toList());
		this.issuingNode = copy.issuingNode();
		this.issuingUnit = copy.issuingUnit();
		this.revision = copy.revision();
		this.issuedAt = copy.issuedAt();
		this.issuedBy = copy.issuedBy();
		this.schedule = ReportingRules.toJson(copy.content().schedule());
		this.revisionNote = copy.revisionNote();
		return true;
	}

	private void requireUnchanged(String fact, String held, String stated) {
		if (!held.equals(stated)) {
			throw new ForbiddenException(
					"Task " + this.id + " has " + fact + " " + held + "; a copy stating " + stated + " is refused");
		}
	}

	/**
	 * Takes a newer status from the issuer.
	 * @return whether the status moved on
	 */
	boolean takeStatus(TaskCopy copy) {
		if (this.status != null && copy.statusRevision() <= this.statusRevision) {
			return false;
		}
		this.status = copy.status();
		this.statusNote = copy.statusNote();
		this.statusRevision = copy.statusRevision();
		return true;
	}

	/** What the task says, with its reporting rule (null: its source's default). */
	public TaskContent content() {
		return new TaskContent(this.title, this.content, this.goal, this.source, this.type, this.basis, this.deadline,
				(this.schedule != null) ? ReportingRules.fromJson(this.schedule) : null, this.published,
				this.meetingDate, this.instruction);
	}

	/** The documents the task carries, in order. */
	public List<AttachmentRef> attachments() {
		return this.attachments.stream().map(TaskAttachment::ref).toList();
	}

	/** A draft's units to be; empty once issued. */
	public List<IssueTask.Assignee> plannedAssignees() {
		return PlannedAssignees.fromJson(this.plannedAssignees);
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

	public TaskSource getSource() {
		return this.source;
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

	public String getRegisteredBy() {
		return this.registeredBy;
	}

	/** Who set the status, when and why; null when nothing was said. */
	public ChangeNote getStatusNote() {
		return this.statusNote;
	}

	public long getStatusRevision() {
		return this.statusRevision;
	}

	/** Who made the latest revision, when and why; null for the content as issued. */
	public ChangeNote getRevisionNote() {
		return this.revisionNote;
	}

	/** The optimistic version; null before the first save. */
	public Long getVersion() {
		return this.version;
	}

}
