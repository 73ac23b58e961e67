package org.ducha.node.attachment;

import java.nio.file.Path;

/**
 * An attachment a caller may read.
 *
 * @param attachment what is known of it
 * @param name the file name the caller knows it by
 * @param file its bytes
 */
public record AttachmentDownload(Attachment attachment, String name, Path file) {
}
