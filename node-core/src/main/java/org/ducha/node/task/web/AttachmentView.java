package org.ducha.node.task.web;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;

/**
 * An attachment a task or completion request carries; its bytes are at {@code GET
 * /api/v1/attachments/{sha256}}.
 *
 * @param sha256 hexadecimal SHA-256
 * @param name the file name the record shows
 * @param size bytes
 * @param contentType media type
 */
record AttachmentView(String sha256, String name, long size, String contentType) {

	static List<AttachmentView> of(List<AttachmentRef> refs) {
		return refs.stream()
			.map((r) -> new AttachmentView(r.sha256().hex(), r.name(), r.size(), r.contentType()))
			.toList();
	}

}
