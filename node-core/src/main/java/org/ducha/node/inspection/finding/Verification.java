package org.ducha.node.inspection.finding;

import java.time.Instant;

/**
 * The supervisor's on-site verification (核查) of a unit's report: were the reported facts
 * confirmed.
 *
 * @param reportId the report verified
 * @param confirmed whether the facts were confirmed on site
 * @param notes what the verification found
 * @param verifiedBy who verified
 * @param verifiedAt when
 */
public record Verification(String reportId, boolean confirmed, String notes, String verifiedBy, Instant verifiedAt) {
}
