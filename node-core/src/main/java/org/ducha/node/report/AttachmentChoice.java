package org.ducha.node.report;

/**
 * An attachment a reporter picks for a report: uploaded before, named by its hash.
 *
 * @param sha256 hexadecimal SHA-256, as the upload answered
 * @param name the file name the report shows; null for the uploaded one
 */
public record AttachmentChoice(String sha256, String name) {
}
