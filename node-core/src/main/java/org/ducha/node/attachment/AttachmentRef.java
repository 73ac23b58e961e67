package org.ducha.node.attachment;

/**
 * An attachment as a record references it.
 *
 * @param sha256 its address
 * @param name the file name the record shows
 * @param size its length in bytes
 * @param contentType its media type
 */
public record AttachmentRef(Sha256 sha256, String name, long size, String contentType) {

	public AttachmentRef {
		name = AttachmentNames.fileName(name);
		contentType = AttachmentNames.contentType(contentType);
	}

}
