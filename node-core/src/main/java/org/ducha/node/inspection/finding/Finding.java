package org.ducha.node.inspection.finding;

import java.time.Instant;
import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * What an inspection found (督查发现的问题), recorded on a plan at the planning node with its
 * evidence; a fact of the planning node that never leaves it.
 *
 * @param id id
 * @param planId the plan
 * @param content what was found
 * @param evidence attachments proving it
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record Finding(String id, String planId, String content, List<AttachmentRef> evidence, String recordedBy,
		Instant recordedAt) {

	public Finding {
		evidence = List.copyOf(evidence);
	}

}
