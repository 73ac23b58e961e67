package org.ducha.node.attachment;

import java.time.Instant;

/**
 * What this node knows of an attachment.
 *
 * @param sha256 its address
 * @param size its length in bytes
 * @param contentType its media type
 * @param name the file name it first became known under here
 * @param createdAt when it became known here
 * @param storedAt when its verified bytes arrived here; null while they are on their way
 */
public record Attachment(Sha256 sha256, long size, String contentType, String name, Instant createdAt,
		Instant storedAt) {

	/** Whether its bytes are here. */
	public boolean isStored() {
		return this.storedAt != null;
	}

}
