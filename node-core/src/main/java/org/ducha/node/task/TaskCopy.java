package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as its issuer stated it, received from another node.
 *
 * @param id task id
 * @param revision issuer's revision of the content
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
 * @param revisionNote who made the current revision, when and why; null for revision 1
 * @param status the status at the issuer
 * @param statusRevision the issuer's count of status changes
 * @param statusNote who set the status, when and why; null when nothing was said
 * @param assignments the assignments this node may see
 * @param published whether the public sees it
 */
public record TaskCopy(String id, long revision, String number, String title, String content, TaskSource source,
		TaskType type, String basis, String issuingNode, String issuingUnit, LocalDate deadline, Instant issuedAt,
		String issuedBy, ReportingRule schedule, ChangeNote revisionNote, TaskStatus status, long statusRevision,
		ChangeNote statusNote, List<AssignmentCopy> assignments, boolean published) {

	public TaskCopy {
		if (status == null || !status.isIssued()) {
			throw new IllegalArgumentException("A copy holds an issued task, not one with status " + status);
		}
	}

	/**
	 * An assignment within a copied task.
	 *
	 * @param id assignment id
	 * @param unitCode assignee unit
	 * @param role lead or co-unit
	 * @param assignedAt when handed to the unit, if later than the task's issue; else
	 * null
	 */
	public record AssignmentCopy(String id, String unitCode, AssignmentRole role, Instant assignedAt) {
	}

}
