package org.ducha.node.inspection.finding.web;

import java.time.Instant;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.inspection.finding.Finding;

/**
 * A finding as the API shows it.
 *
 * @param id id
 * @param planId the plan
 * @param content what was found
 * @param evidence its attachments
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
record FindingResponse(String id, String planId, String content, List<AttachmentView> evidence, String recordedBy,
		Instant recordedAt) {

	static FindingResponse of(Finding finding) {
		return new FindingResponse(finding.id(), finding.planId(), finding.content(),
				AttachmentView.of(finding.evidence()), finding.recordedBy(), finding.recordedAt());
	}

	/**
	 * An attachment as a record shows it; its bytes are at /api/v1/attachments/{sha256}.
	 *
	 * @param sha256 its address
	 * @param name its file name
	 * @param size its length in bytes
	 * @param contentType its media type
	 */
	record AttachmentView(String sha256, String name, long size, String contentType) {

		static List<AttachmentView> of(List<AttachmentRef> refs) {
			return refs.stream()
				.map((ref) -> new AttachmentView(ref.sha256().hex(), ref.name(), ref.size(), ref.contentType()))
				.toList();
		}

	}

}
