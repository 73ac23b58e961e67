package org.ducha.node.attachment;

/**
 * A push may proceed: a transfer was queued, or an attachment's bytes arrived here (a
 * relay can pass them on). Local: it never travels; the pusher wakes on it.
 *
 * @param sha256 the attachment
 */
public record AttachmentPushDue(Sha256 sha256) {
}
