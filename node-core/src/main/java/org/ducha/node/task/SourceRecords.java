package org.ducha.node.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a task's source asks it to state (docs/business-rules.md §2): a meeting decision
 * names the meeting's date, from which its first report is counted; a leader instruction
 * keeps the instruction's record and its urgency, which sets its default deadline. Other
 * sources state neither.
 */
final class SourceRecords {

	static final int MAX_TEXT = 20000;

	private SourceRecords() {
	}

	/** The problems of a content's source records, one per field. */
	static List<String> problems(TaskContent content, LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (content.source() == TaskSource.MEETING_DECISION) {
			if (content.meetingDate() == null) {
				problems.add("meetingDate: a meeting decision states the date of its meeting (会议日期)");
			}
			else if (content.meetingDate().isAfter(today)) {
				problems.add("meetingDate: the meeting of " + content.meetingDate() + " has not been held yet");
			}
		}
		else if (content.meetingDate() != null) {
			problems.add("meetingDate: only a meeting decision states a meeting date");
		}
		LeaderInstruction instruction = content.instruction();
		if (instruction != null && content.source() != TaskSource.LEADER_INSTRUCTION) {
			problems.add("instruction: only a leader instruction carries an instruction's record");
		}
		else if (instruction != null) {
			if (instruction.date() != null && instruction.date().isAfter(today)) {
				problems.add("instruction.date: the instruction of " + instruction.date() + " lies in the future");
			}
			if (instruction.leader() != null && instruction.leader().length() > 128) {
				problems.add("instruction.leader: at most 128 characters");
			}
			if (longer(instruction.text()) || longer(instruction.proposal())) {
				problems.add("instruction: its text and proposal are at most " + MAX_TEXT + " characters each");
			}
		}
		return problems;
	}

	/**
	 * The content as kept: a leader instruction always has its urgency, normal by
	 * default.
	 */
	static TaskContent normalized(TaskContent content) {
		if (content.source() != TaskSource.LEADER_INSTRUCTION) {
			return content;
		}
		LeaderInstruction instruction = (content.instruction() != null) ? content.instruction().withDefaultUrgency()
				: LeaderInstruction.of(Urgency.NORMAL);
		return content.instructed(instruction);
	}

	private static boolean longer(String text) {
		return text != null && text.length() > MAX_TEXT;
	}

}
