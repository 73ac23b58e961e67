package org.ducha.node.specialreport;

import java.time.LocalDate;
import java.util.List;

import org.ducha.node.task.TaskType;
import org.ducha.node.task.Urgency;

/**
 * What a supervisor says of the task an instruction becomes; the source (a leader's
 * instruction), the basis and the instruction's record come from the instruction itself.
 *
 * @param title the task's title; the report's title when null
 * @param content what is to be done; the instruction's text when null
 * @param type kind of supervision; routine when null
 * @param urgency how urgent; normal when null
 * @param deadline the final deadline; null for the default of its urgency
 * @param leadUnit the unit that leads it
 * @param coUnits the units that help, if any
 */
public record InstructionTask(String title, String content, TaskType type, Urgency urgency, LocalDate deadline,
		String leadUnit, List<String> coUnits) {
}
