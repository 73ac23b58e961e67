package org.ducha.node.record;

import java.time.LocalDate;

/**
 * A lead unit's report slot due in the period, whose outcome is known: filled, or overdue
 * and unfilled on an open assignment of a task being worked on. It counts on its due day.
 *
 * @param assignmentId the assignment
 * @param ordinal the slot's place among the assignment's slots, from 1
 * @param taskId the task
 * @param taskNumber the task's human number
 * @param taskTitle the task's title
 * @param label the slot's label (e.g. "2026年5月")
 * @param dueDate its due date in force
 * @param reportId the report that filled it; null when missing
 * @param reportedOn the day it was filled; null when missing
 * @param outcome on time, late or missing
 */
public record ReportFact(String assignmentId, int ordinal, String taskId, String taskNumber, String taskTitle,
		String label, LocalDate dueDate, String reportId, LocalDate reportedOn, Outcome outcome) {

	/** How a slot was met. */
	public enum Outcome {

		/** Filled by its due date. */
		ON_TIME,

		/** Filled after it. */
		LATE,

		/** Overdue and unfilled. */
		MISSING

	}

}
