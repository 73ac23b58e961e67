package org.ducha.node.contribution;

import java.time.Instant;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * A contribution as the co-unit's node stated it, received from another node.
 *
 * @param id the contribution
 * @param assignmentId the co-unit's assignment
 * @param taskId its task
 * @param unitCode the co-unit
 * @param slot the co-unit's due slot it fills; null for none
 * @param contributedBy who wrote it
 * @param contributedAt when
 * @param content what it says
 * @param attachments the attachments it references
 */
public record StatedContribution(String id, String assignmentId, String taskId, String unitCode, Contribution.Slot slot,
		String contributedBy, Instant contributedAt, ContributionContent content, List<AttachmentRef> attachments) {

	Contribution toContribution() {
		return Contribution.of(this.id, this.assignmentId, this.taskId, this.unitCode, this.slot, this.contributedBy,
				this.contributedAt, this.content, this.attachments.stream().map(ContributionAttachment::of).toList());
	}

}
