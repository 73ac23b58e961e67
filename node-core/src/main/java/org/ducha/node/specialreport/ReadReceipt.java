package org.ducha.node.specialreport;

import java.time.Instant;

/**
 * A leader read a special report (阅件回执).
 *
 * @param reader the leader's subject
 * @param readerName the leader's name
 * @param readAt when first
 */
public record ReadReceipt(String reader, String readerName, Instant readAt) {
}
