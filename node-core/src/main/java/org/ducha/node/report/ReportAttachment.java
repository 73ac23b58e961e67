package org.ducha.node.report;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An attachment a report references (its bytes live in the attachment store).
 *
 * @param sha256 hexadecimal SHA-256 of the bytes
 * @param name the file name the report shows
 * @param size bytes
 * @param contentType media type
 */
@Table("report_attachment")
public record ReportAttachment(String sha256, String name, long size, String contentType) {

	static ReportAttachment of(AttachmentRef ref) {
		return new ReportAttachment(ref.sha256().hex(), ref.name(), ref.size(), ref.contentType());
	}

	/** As a reference to the attachment. */
	public AttachmentRef ref() {
		return new AttachmentRef(new Sha256(this.sha256), this.name, this.size, this.contentType);
	}

}
