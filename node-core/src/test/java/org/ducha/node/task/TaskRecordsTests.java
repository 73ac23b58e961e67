package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed's records of a task as domain rules, without Spring: what a source asks the
 * task to state, whose people may be responsible for an assignment, a suspension or
 * withdrawal decided once, and a revised deadline that supersedes an extension.
 */
class TaskRecordsTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static TaskContent content(TaskSource source) {
		return new TaskContent("事项", null, source, TaskType.ROUTINE, null, LocalDate.of(2026, 12, 31));
	}

	@Test
	void aMeetingDecisionNamesAMeetingAlreadyHeldAndNoOtherSourceDoes() {
		assertThat(SourceRecords.problems(content(TaskSource.MEETING_DECISION), TODAY)).singleElement()
			.asString()
			.startsWith("meetingDate:");
		assertThat(SourceRecords.problems(content(TaskSource.MEETING_DECISION).heldOn(TODAY.plusDays(1)), TODAY))
			.singleElement()
			.asString()
			.contains("has not been held yet");
		assertThat(SourceRecords.problems(content(TaskSource.MEETING_DECISION).heldOn(TODAY), TODAY)).isEmpty();
		assertThat(SourceRecords.problems(content(TaskSource.ANNUAL_KEY_WORK).heldOn(TODAY), TODAY)).singleElement()
			.asString()
			.contains("only a meeting decision");
	}

	@Test
	void onlyALeaderInstructionKeepsAnInstructionAndItsUrgencyIsNormalUnlessStated() {
		LeaderInstruction record = new LeaderInstruction("陈市长", TODAY, "抓紧办理", null, null);
		assertThat(SourceRecords.problems(content(TaskSource.MAJOR_DECISION).instructed(record), TODAY)).singleElement()
			.asString()
			.startsWith("instruction:");
		assertThat(SourceRecords.normalized(content(TaskSource.LEADER_INSTRUCTION).instructed(record)).instruction())
			.isEqualTo(new LeaderInstruction("陈市长", TODAY, "抓紧办理", null, Urgency.NORMAL));
		assertThat(SourceRecords.normalized(content(TaskSource.LEADER_INSTRUCTION)).instruction())
			.isEqualTo(LeaderInstruction.of(Urgency.NORMAL));
		assertThat(SourceRecords.normalized(content(TaskSource.MAJOR_DECISION)).instruction()).isNull();
		assertThat(InstructionDays.defaults().of(Urgency.URGENT)).isEqualTo(5);
		assertThat(InstructionDays.defaults().of(Urgency.DIFFICULT)).isEqualTo(30);
	}

	@Test
	void aResponsiblePersonIsOfTheAssignedUnitOrForAGovernmentOfItsDepartments() {
		assertThat(new ResponsiblePerson("黄志强", null, null, "441700:fgj").belongsTo("441700:fgj")).isTrue();
		assertThat(new ResponsiblePerson("林晓", null, null, "441700:jyj").belongsTo("441700:fgj")).isFalse();
		assertThat(new ResponsiblePerson("陈立新", null, null, "441704").belongsTo("441704")).isTrue();
		assertThat(new ResponsiblePerson("周局长", null, null, "441704:jyj").belongsTo("441704"))
			.as("a county government answers through its departments' people")
			.isTrue();
		assertThat(new ResponsiblePerson("王局长", null, null, "441702:jyj").belongsTo("441704")).isFalse();
		assertThat(new ResponsiblePerson("赵", null, null, "441704").belongsTo("441704:jyj"))
			.as("a department's person is its own, not its government's")
			.isFalse();
		assertThat(new ResponsiblePerson("黄志强", "副局长", "0662-3360001", "441700:fgj").describe())
			.isEqualTo("黄志强（副局长，0662-3360001）");
	}

	@Test
	void theUnitNamesItsPersonWhenSigningAndTheIssuersStaysOtherwise() {
		Assignment assignment = Assignment.create("a-1", "t-1", "441700:fgj", AssignmentRole.LEAD);
		ResponsiblePerson issuers = new ResponsiblePerson("黄志强", null, null, "441700:fgj");
		assignment.nameResponsible(issuers);
		assignment.sign("li", NOW, "441700", null);
		assertThat(assignment.getResponsible()).isEqualTo(issuers);
		Assignment other = Assignment.create("a-2", "t-1", "441700:fgj", AssignmentRole.LEAD);
		other.nameResponsible(issuers);
		ResponsiblePerson units = new ResponsiblePerson("周建国", "科长", null, "441700:fgj");
		other.sign("li", NOW, "441700", units);
		assertThat(other.getResponsible()).isEqualTo(units);
	}

	@Test
	void anExtensionMovesTheDeadlineInForceARevisedDeadlineSupersedesIt() {
		Assignment assignment = Assignment.create("a-1", "t-1", "441704", AssignmentRole.LEAD);
		LocalDate original = LocalDate.of(2026, 6, 30);
		assignment.extendTo(LocalDate.of(2026, 7, 31));
		assertThat(new AssignmentDetail(assignment, original, List.of()).dueDate())
			.isEqualTo(LocalDate.of(2026, 7, 31));
		assignment.deadlineRevised();
		LocalDate revised = LocalDate.of(2026, 7, 15);
		assertThat(new AssignmentDetail(assignment, revised, List.of()).dueDate()).isEqualTo(revised);
	}

	@Test
	void aControlRequestIsDecidedOnceAndOnlyInAStatusThatAllowsIt() {
		ControlRequest request = ControlRequest.ask("r-1", "t-1", ControlRequest.Kind.SUSPEND, "等待政策", "张督查", NOW);
		assertThat(request.getStatus()).isEqualTo(ControlRequest.Status.PENDING);
		request.decide(false, "王领导", NOW, "继续推进");
		assertThat(request.getStatus()).isEqualTo(ControlRequest.Status.REFUSED);
		assertThatThrownBy(() -> request.decide(true, "王领导", NOW, null)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("REFUSED");
		Task draft = Task.register("0190a000-0000-7000-8000-000000000001", content(TaskSource.MAJOR_DECISION),
				List.of(new IssueTask.Assignee("441704", AssignmentRole.LEAD)), List.of(), "441700", "441700:dcs",
				"张督查", NOW);
		assertThatThrownBy(() -> ControlRequest.Kind.WITHDRAW.check(draft))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("DRAFT");
	}

}
