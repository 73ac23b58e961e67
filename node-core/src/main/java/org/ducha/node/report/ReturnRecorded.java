package org.ducha.node.report;

import java.time.Instant;

/**
 * A report's return became known at this node: made here or received from the issuer.
 * Local: it never travels (the federation sends {@link ReportReturned}).
 *
 * @param returned the return, with its resubmission if that is known here already
 * @param answeredAt when that resubmission was written; null when there is none yet
 */
public record ReturnRecorded(ReportReturn returned, Instant answeredAt) {
}
