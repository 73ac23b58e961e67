package org.ducha.node.task;

import java.time.Instant;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * A task as its issuer stated it, received from another node.
 *
 * @param id task id
 * @param revision issuer's revision of the content
 * @param number human number
 * @param content what the task says, with its reporting rule
 * @param issuingNode issuer node
 * @param issuingUnit issuer unit
 * @param issuedAt when issued
 * @param issuedBy who issued it
 * @param revisionNote who made the current revision, when and why; null for revision 1
 * @param status the status at the issuer
 * @param statusRevision the issuer's count of status changes
 * @param statusNote who set the status, when and why; null when nothing was said
 * @param assignments the assignments this node may see
 * @param attachments the documents the task carries
 */
public record TaskCopy(String id, long revision, String number, TaskContent content, String issuingNode,
		String issuingUnit, Instant issuedAt, String issuedBy, ChangeNote revisionNote, TaskStatus status,
		long statusRevision, ChangeNote statusNote, List<AssignmentCopy> assignments, List<AttachmentRef> attachments) {

	public TaskCopy {
		if (status == null || !status.isIssued()) {
			throw new IllegalArgumentException("A copy holds an issued task, not one with status " + status);
		}
		if (content.deadline() == null) {
			throw new IllegalArgumentException("An issued task has its deadline");
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
