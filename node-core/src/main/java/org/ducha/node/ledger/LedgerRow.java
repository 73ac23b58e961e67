package org.ducha.node.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of the ledger: one assignment of a task, with its latest progress.
 *
 * @param number the task's number (督办编号)
 * @param title the task's title
 * @param goal the task's goal (目标任务)
 * @param source where the task comes from
 * @param type the kind of supervision
 * @param issuingUnit the unit that issued the task
 * @param unit the assignee unit's name
 * @param unitCode the assignee unit's code
 * @param role 牵头 or 协办
 * @param signedBy who signed for it (签收人)
 * @param signedAt when, local time
 * @param responsible the assignment's responsible person (责任人), in one line
 * @param originalDeadline the deadline it was issued with (or revised to): for assessment
 * @param deadline the deadline in force: the original, or an approved extension's
 * @param nextDue the next open report due date
 * @param status the assignment's status
 * @param taskStatus the task's status at its issuer
 * @param light the traffic light
 * @param lightReason why the light is what it is
 * @param reportedOn the day of the latest progress report
 * @param percent the latest reported progress, 0 to 100; null before any report
 * @param progress what the latest report says, shortened
 */
record LedgerRow(String number, String title, String goal, String source, String type, String issuingUnit, String unit,
		String unitCode, String role, String signedBy, LocalDateTime signedAt, String responsible,
		LocalDate originalDeadline, LocalDate deadline, LocalDate nextDue, String status, String taskStatus,
		String light, String lightReason, LocalDate reportedOn, Integer percent, String progress) {
}
