package org.ducha.node.attachment;

/**
 * An attachment a record's author picks: uploaded before, named by its hash.
 *
 * @param sha256 hexadecimal SHA-256, as the upload answered
 * @param name the file name the record shows; null for the uploaded one
 */
public record ChosenAttachment(String sha256, String name) {
}
