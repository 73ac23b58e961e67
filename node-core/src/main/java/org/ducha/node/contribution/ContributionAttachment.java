package org.ducha.node.contribution;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An attachment a contribution references (its bytes live in the attachment store).
 *
 * @param sha256 hexadecimal SHA-256 of the bytes
 * @param name the file name the contribution shows
 * @param size bytes
 * @param contentType media type
 */
@Table("contribution_attachment")
public record ContributionAttachment(String sha256, String name, long size, String contentType) {

	static ContributionAttachment of(AttachmentRef ref) {
		return new ContributionAttachment(ref.sha256().hex(), ref.name(), ref.size(), ref.contentType());
	}

	/** As a reference to the attachment. */
	public AttachmentRef ref() {
		return new AttachmentRef(new Sha256(this.sha256), this.name, this.size, this.contentType);
	}

}
