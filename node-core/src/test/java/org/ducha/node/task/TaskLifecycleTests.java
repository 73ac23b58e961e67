package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every transition of a task's lifecycle (docs/business-rules.md §5.1) and every refusal,
 * on the aggregate alone: DRAFT → PENDING_APPROVAL → ISSUED, back to DRAFT on rejection,
 * then revisions, withdrawal, suspension and resumption; and a copy that never moves
 * back.
 */
class TaskLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final TaskContent CONTENT = new TaskContent("推进重点项目建设", "按季度报告进展", TaskSource.ANNUAL_KEY_WORK,
			TaskType.ROUTINE, "市政府常务会议纪要", LocalDate.of(2026, 12, 31));

	private static final List<IssueTask.Assignee> ASSIGNEES = List.of(
			new IssueTask.Assignee("441700:fgj", AssignmentRole.LEAD),
			new IssueTask.Assignee("441704", AssignmentRole.CO));

	private static Task draft() {
		return Task.register("0190a000-0000-7000-8000-000000000001", CONTENT, ASSIGNEES, List.of(), "441700",
				"441700:dcs", "张督查", NOW);
	}

	private static Task pending() {
		Task task = draft();
		task.submit();
		return task;
	}

	private static Task issued() {
		Task task = pending();
		task.approve("阳督〔2026〕1号", CONTENT.deadline(), new ReportingRule.Quarterly(2026, 5), "王领导", NOW, List.of());
		return task;
	}

	private static Task withdrawn() {
		Task task = issued();
		task.withdraw("情况变化", "张督查", NOW);
		return task;
	}

	private static Task suspended() {
		Task task = issued();
		task.suspend("等待上级政策", "张督查", NOW);
		return task;
	}

	private static void refused(Task task, Consumer<Task> transition) {
		TaskStatus before = task.getStatus();
		assertThatThrownBy(() -> transition.accept(task)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is " + before);
		assertThat(task.getStatus()).as("a refused transition changes nothing").isEqualTo(before);
	}

	@Test
	void registersADraftWithoutNumberRevisionOrAssignments() {
		Task task = draft();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DRAFT);
		assertThat(task.getNumber()).isNull();
		assertThat(task.getRevision()).isZero();
		assertThat(task.getRegisteredBy()).isEqualTo("张督查");
		assertThat(task.plannedAssignees()).isEqualTo(ASSIGNEES);
		assertThat(task.content().schedule()).as("the source's default is chosen at issue").isNull();
	}

	@Test
	void editsADraftOnly() {
		Task task = draft();
		TaskContent changed = new TaskContent("改后的标题", null, TaskSource.LEADER_INSTRUCTION, TaskType.SPECIAL, null,
				LocalDate.of(2026, 6, 30));
		task.edit(changed, List.of(new IssueTask.Assignee("441702", AssignmentRole.LEAD)), List.of());
		assertThat(task.content()).isEqualTo(changed);
		assertThat(task.plannedAssignees()).extracting(IssueTask.Assignee::unitCode).containsExactly("441702");
		refused(pending(), (t) -> t.edit(CONTENT, ASSIGNEES, List.of()));
		refused(issued(), (t) -> t.edit(CONTENT, ASSIGNEES, List.of()));
	}

	@Test
	void deletesOnlyADraft() {
		assertThatNoException().isThrownBy(() -> draft().checkDeletable());
		refused(pending(), Task::checkDeletable);
		refused(issued(), Task::checkDeletable);
		refused(withdrawn(), Task::checkDeletable);
		refused(suspended(), Task::checkDeletable);
	}

	@Test
	void submitsADraftForApprovalOnce() {
		Task task = draft();
		task.submit();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.PENDING_APPROVAL);
		refused(task, Task::submit);
		refused(issued(), Task::submit);
	}

	@Test
	void approvalIssuesWithTheNumberAndRevisionOne() {
		Task task = issued();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.ISSUED);
		assertThat(task.getNumber()).isEqualTo("阳督〔2026〕1号");
		assertThat(task.getRevision()).isEqualTo(1);
		assertThat(task.getIssuedBy()).isEqualTo("王领导");
		assertThat(task.getIssuedAt()).isEqualTo(NOW);
		assertThat(task.plannedAssignees()).as("the assignments take over").isEmpty();
		assertThat(task.content().schedule()).isEqualTo(new ReportingRule.Quarterly(2026, 5));
	}

	@Test
	void approvesOnlyATaskAwaitingApproval() {
		ReportingRule rule = new ReportingRule.Quarterly(2026, 5);
		refused(draft(), (t) -> t.approve("n", CONTENT.deadline(), rule, "王领导", NOW, List.of()));
		refused(issued(), (t) -> t.approve("n", CONTENT.deadline(), rule, "王领导", NOW, List.of()));
		refused(withdrawn(), (t) -> t.approve("n", CONTENT.deadline(), rule, "王领导", NOW, List.of()));
	}

	@Test
	void rejectionReturnsTheTaskToItsDraftersWithTheReason() {
		Task task = pending();
		task.reject("依据不足", "王领导", NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DRAFT);
		assertThat(task.getStatusNote()).isEqualTo(new ChangeNote("王领导", NOW, "依据不足"));
		task.submit();
		assertThat(task.getStatusNote()).as("a new submission leaves the old rejection to the timeline").isNull();
		refused(draft(), (t) -> t.reject("r", "王领导", NOW));
		refused(issued(), (t) -> t.reject("r", "王领导", NOW));
	}

	@Test
	void aRevisionChangesTheContentAndSaysWhatChanged() {
		Task task = issued();
		Instant later = NOW.plusSeconds(3600);
		List<FieldChange> changes = task.revise(new ReviseTask(null, "按月报告进展", null, LocalDate.of(2027, 3, 31), "领导批示"),
				"张督查", later);
		assertThat(changes).containsExactly(new FieldChange("content", "按季度报告进展", "按月报告进展"),
				new FieldChange("deadline", "2026-12-31", "2027-03-31"));
		assertThat(task.getRevision()).isEqualTo(2);
		assertThat(task.content().content()).isEqualTo("按月报告进展");
		assertThat(task.getTitle()).as("absent fields stay").isEqualTo("推进重点项目建设");
		assertThat(task.getRevisionNote()).isEqualTo(new ChangeNote("张督查", later, "领导批示"));
		task.revise(new ReviseTask(null, null, "", null, "依据已废止"), "张督查", later);
		assertThat(task.content().basis()).as("an empty basis clears it").isNull();
		assertThat(task.getRevision()).isEqualTo(3);
	}

	@Test
	void refusesARevisionThatChangesNothing() {
		Task task = issued();
		assertThatThrownBy(() -> task.revise(new ReviseTask("推进重点项目建设", null, null, null, "r"), "张督查", NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("at least one");
		assertThat(task.getRevision()).isEqualTo(1);
	}

	@Test
	void revisesOnlyAnIssuedTask() {
		ReviseTask change = new ReviseTask("新标题", null, null, null, "r");
		refused(draft(), (t) -> t.revise(change, "张督查", NOW));
		refused(pending(), (t) -> t.revise(change, "张督查", NOW));
		refused(withdrawn(), (t) -> t.revise(change, "张督查", NOW));
		Task task = suspended();
		task.revise(change, "张督查", NOW);
		assertThat(task.getRevision()).as("a suspended task can still be corrected").isEqualTo(2);
	}

	@Test
	void withdrawsAnIssuedOrSuspendedTaskWithTheReason() {
		Task task = withdrawn();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.WITHDRAWN);
		assertThat(task.getStatusNote()).isEqualTo(new ChangeNote("张督查", NOW, "情况变化"));
		Task fromSuspended = suspended();
		fromSuspended.withdraw("不再需要", "张督查", NOW);
		assertThat(fromSuspended.getStatus()).isEqualTo(TaskStatus.WITHDRAWN);
		refused(draft(), (t) -> t.withdraw("r", "张督查", NOW));
		refused(pending(), (t) -> t.withdraw("r", "张督查", NOW));
		refused(withdrawn(), (t) -> t.withdraw("r", "张督查", NOW));
	}

	@Test
	void suspendsAnIssuedTaskAndResumesItToTheStatusBefore() {
		Task task = suspended();
		assertThat(task.getStatus()).isEqualTo(TaskStatus.SUSPENDED);
		assertThat(task.getStatusNote().reason()).isEqualTo("等待上级政策");
		task.resume(null, "王领导", NOW);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.ISSUED);
		assertThat(task.getStatusRevision()).as("each status change counts").isEqualTo(2);

		Task inProgress = Task.copyOf(copy(1, TaskStatus.IN_PROGRESS, 0), NOW);
		inProgress.suspend("暂停", "张督查", NOW);
		inProgress.resume("恢复", "张督查", NOW);
		assertThat(inProgress.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void suspendsAndResumesOnlyFromTheRightStatus() {
		refused(draft(), (t) -> t.suspend("r", "张督查", NOW));
		refused(pending(), (t) -> t.suspend("r", "张督查", NOW));
		refused(suspended(), (t) -> t.suspend("r", "张督查", NOW));
		refused(withdrawn(), (t) -> t.suspend("r", "张督查", NOW));
		refused(issued(), (t) -> t.resume(null, "张督查", NOW));
		refused(withdrawn(), (t) -> t.resume(null, "张督查", NOW));
		refused(draft(), (t) -> t.resume(null, "张督查", NOW));
	}

	@Test
	void aWithdrawnOrSuspendedTaskIsClosedToItsAssignees() {
		assertThatNoException().isThrownBy(() -> issued().checkOpenForAssignees());
		assertThatThrownBy(() -> withdrawn().checkOpenForAssignees()).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("WITHDRAWN");
		assertThatThrownBy(() -> suspended().checkOpenForAssignees()).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("SUSPENDED");
	}

	@Test
	void aCopyTakesContentAndStatusEachOnlyForward() {
		Task copy = Task.copyOf(copy(1, TaskStatus.ISSUED, 0), NOW);
		assertThat(copy.takeStatus(copy(1, TaskStatus.WITHDRAWN, 1))).isTrue();
		assertThat(copy.takeContent(copy(2, TaskStatus.ISSUED, 0))).as("a newer revision").isTrue();
		assertThat(copy.takeStatus(copy(2, TaskStatus.ISSUED, 0))).as("an older status").isFalse();
		assertThat(copy.getStatus()).isEqualTo(TaskStatus.WITHDRAWN);
		assertThat(copy.getRevision()).isEqualTo(2);
		assertThat(copy.getTitle()).isEqualTo("标题 2");
		assertThat(copy.takeContent(copy(1, TaskStatus.ISSUED, 0))).as("an older revision").isFalse();
		assertThat(copy.takeContent(copy(2, TaskStatus.ISSUED, 0))).as("the same revision again").isFalse();
		assertThat(copy.getTitle()).isEqualTo("标题 2");
	}

	@Test
	void aCopyHoldsOnlyAnIssuedTask() {
		assertThatThrownBy(() -> copy(1, TaskStatus.DRAFT, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> copy(1, TaskStatus.PENDING_APPROVAL, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static TaskCopy copy(long revision, TaskStatus status, long statusRevision) {
		return new TaskCopy("0190a000-0000-7000-8000-000000000002", revision, "粤督〔2026〕3号",
				new TaskContent("标题 " + revision, null, TaskSource.MAJOR_DECISION, TaskType.SPECIAL, null,
						LocalDate.of(2026, 12, 31), new ReportingRule.Quarterly(2026, 5)),
				"440000", "440000", NOW, "省领导", null, status, statusRevision,
				(statusRevision > 0) ? new ChangeNote("省督查", NOW, "理由") : null, List.of(), List.of());
	}

}
