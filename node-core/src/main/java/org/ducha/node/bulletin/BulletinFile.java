package org.ducha.node.bulletin;

/**
 * One of a published bulletin's files, stored as an attachment.
 *
 * @param sha256 its address
 * @param size its length in bytes
 */
public record BulletinFile(String sha256, long size) {

	/** The Word file's media type. */
	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The PDF's media type. */
	public static final String PDF = "application/pdf";

}
