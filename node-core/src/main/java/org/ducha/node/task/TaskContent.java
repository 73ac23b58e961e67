package org.ducha.node.task;

import java.time.LocalDate;

/**
 * What a task says.
 *
 * @param title short title
 * @param content what is to be done
 * @param goal what it is to achieve (目标任务), stated apart from the content; null when not
 * stated
 * @param source where it comes from
 * @param type kind of supervision
 * @param basis the document, meeting or instruction it rests on
 * @param deadline the final deadline; on a leader instruction's draft, null for the
 * default of its urgency
 * @param schedule when reports are due; null for the default of the task's source
 * @param published whether the public sees it (民生实事公开: responsibility list and progress)
 * @param meetingDate the date of the meeting a meeting decision comes from; null for
 * other sources
 * @param instruction the record of a leader's instruction; null for other sources
 */
public record TaskContent(String title, String content, String goal, TaskSource source, TaskType type, String basis,
		LocalDate deadline, ReportingRule schedule, boolean published, LocalDate meetingDate,
		LeaderInstruction instruction) {

	/** Content without goal, meeting or instruction. */
	public TaskContent(String title, String content, TaskSource source, TaskType type, String basis, LocalDate deadline,
			ReportingRule schedule, boolean published) {
		this(title, content, null, source, type, basis, deadline, schedule, published, null, null);
	}

	/** Content not published to the public. */
	public TaskContent(String title, String content, TaskSource source, TaskType type, String basis, LocalDate deadline,
			ReportingRule schedule) {
		this(title, content, source, type, basis, deadline, schedule, false);
	}

	/** Content with the default reporting rule of its source. */
	public TaskContent(String title, String content, TaskSource source, TaskType type, String basis,
			LocalDate deadline) {
		this(title, content, source, type, basis, deadline, null);
	}

	/** The same content from a meeting held on a date. */
	public TaskContent heldOn(LocalDate meeting) {
		return new TaskContent(this.title, this.content, this.goal, this.source, this.type, this.basis, this.deadline,
				this.schedule, this.published, meeting, this.instruction);
	}

	/** The same content with its goal stated. */
	public TaskContent aiming(String goal) {
		return new TaskContent(this.title, this.content, goal, this.source, this.type, this.basis, this.deadline,
				this.schedule, this.published, this.meetingDate, this.instruction);
	}

	/** The same content resting on a leader's instruction. */
	public TaskContent instructed(LeaderInstruction instruction) {
		return new TaskContent(this.title, this.content, this.goal, this.source, this.type, this.basis, this.deadline,
				this.schedule, this.published, this.meetingDate, instruction);
	}

}
