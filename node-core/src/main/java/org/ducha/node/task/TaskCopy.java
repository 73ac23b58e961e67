package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as its issuer stated it, received from another node.
 *
 * @param id task id
 * @param revision issuer's revision
 * @param number human number
 * @param title title
 * @param content content
 * @param source source
 * @param type type
 * @param basis basis
 * @param issuingNode issuer node
 * @param issuingUnit issuer unit
 * @param deadline deadline
 * @param issuedAt when issued
 * @param issuedBy who issued it
 * @param schedule when reports are due
 * @param assignments the assignments this node may see
 */
public record TaskCopy(String id, long revision, String number, String title, String content, TaskSource source,
		TaskType type, String basis, String issuingNode, String issuingUnit, LocalDate deadline, Instant issuedAt,
		String issuedBy, ReportingRule schedule, List<AssignmentCopy> assignments) {

	/**
	 * An assignment within a copied task.
	 *
	 * @param id assignment id
	 * @param unitCode assignee unit
	 * @param role lead or co-unit
	 */
	public record AssignmentCopy(String id, String unitCode, AssignmentRole role) {
	}

}
