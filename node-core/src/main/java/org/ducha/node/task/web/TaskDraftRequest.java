package org.ducha.node.task.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.task.web.SourceRecordRequests.AttachmentRequest;
import org.ducha.node.task.web.SourceRecordRequests.InstructionRequest;
import org.ducha.node.task.web.SourceRecordRequests.PersonRequest;

/**
 * Body of {@code POST /api/v1/tasks} (register a draft) and {@code PUT
 * /api/v1/tasks/{id}} (edit it).
 *
 * @param title short title
 * @param content what is to be done
 * @param goal what it is to achieve (目标任务)
 * @param source where it comes from
 * @param type kind of supervision
 * @param basis the document, meeting or instruction it rests on
 * @param deadline final deadline; a leader instruction may leave it to its urgency
 * @param schedule when reports are due; absent, the default of the source at issue
 * @param assignees the units, exactly one of them the lead
 * @param published whether the public sees it (民生实事公开); false when absent
 * @param meetingDate the meeting's date; required of a meeting decision
 * @param instruction the leader's instruction; for a leader instruction only
 * @param attachments the documents the task carries, uploaded before
 */
public record TaskDraftRequest(@NotBlank @Size(max = 500) String title, @Size(max = 20000) String content,
		@Size(max = 20000) String goal, @NotNull TaskSource source, @NotNull TaskType type,
		@Size(max = 1000) String basis, LocalDate deadline, @Valid ScheduleRequest schedule,
		@NotEmpty @Size(max = 200) List<@Valid AssigneeRequest> assignees, Boolean published, LocalDate meetingDate,
		@Valid InstructionRequest instruction, @Size(max = 20) List<@Valid AttachmentRequest> attachments) {

	/** Only a leader instruction may leave its deadline to its urgency. */
	@AssertTrue(message = "a task needs a deadline (only a leader instruction may leave it to its urgency)")
	boolean isDeadlineGiven() {
		return this.deadline != null || this.source == TaskSource.LEADER_INSTRUCTION;
	}

	public IssueTask toCommand() {
		TaskContent said = new TaskContent(this.title, this.content, SourceRecordRequests.blankToNull(this.goal),
				this.source, this.type, this.basis, this.deadline,
				(this.schedule != null) ? this.schedule.toRule() : null, Boolean.TRUE.equals(this.published),
				this.meetingDate, (this.instruction != null) ? this.instruction.toRecord() : null);
		return new IssueTask(said,
				this.assignees.stream()
					.map((a) -> new IssueTask.Assignee(a.unitCode(), a.role(),
							(a.responsible() != null) ? a.responsible().toPerson() : null))
					.toList(),
				SourceRecordRequests.chosen(this.attachments));
	}

	/**
	 * One assignee.
	 *
	 * @param unitCode the unit
	 * @param role LEAD or CO
	 * @param responsible its responsible person, for a department of this node only
	 */
	record AssigneeRequest(@NotBlank @Size(max = 64) String unitCode, @NotNull AssignmentRole role,
			@Valid PersonRequest responsible) {
	}

}
