package org.ducha.node.accountability;

import java.time.Instant;

/**
 * The notice's issuer accepted a rectification report, or sent it back with a reason.
 *
 * @param reportId the report decided on
 * @param accepted whether the rectification is accepted
 * @param reason why it was sent back (or a remark on acceptance)
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record RectificationDecision(String reportId, boolean accepted, String reason, String decidedBy,
		Instant decidedAt) {
}
