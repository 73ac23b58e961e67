package org.ducha.node.idempotency;

/**
 * The answer a request gave, kept to be given again to its retries.
 *
 * @param status the HTTP status
 * @param contentType the content type, or null
 * @param location the {@code Location} header, or null
 * @param body the body (empty when omitted)
 * @param bodyOmitted whether the body was too large to keep
 */
record StoredAnswer(int status, String contentType, String location, byte[] body, boolean bodyOmitted) {
}
