package org.ducha.node.inspection.finding;

import java.time.Instant;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * A unit's report of its rectification against a requirement; a fact of the unit's node,
 * which sends it up to the requirement's issuer.
 *
 * @param id id
 * @param rectificationId the requirement it answers
 * @param unitCode the requirement's unit
 * @param content what was rectified, and how
 * @param attachments its evidence
 * @param reportedBy who reported
 * @param reportedAt when
 */
public record UnitReport(String id, String rectificationId, String unitCode, String content,
		List<AttachmentRef> attachments, String reportedBy, Instant reportedAt) {

	public UnitReport {
		attachments = List.copyOf(attachments);
	}

}
