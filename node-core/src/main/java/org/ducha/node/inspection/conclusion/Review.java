package org.ducha.node.inspection.conclusion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The review of an objection (复核); a fact of the issuing node.
 *
 * @param outcome upheld or changed
 * @param changedText the conclusion as changed; null when upheld
 * @param reviewedBy the reviewer, none of the conclusion's authors
 * @param reviewedOn the day of the review, node time
 * @param late whether it came after the review's 30 days
 * @param reviewedAt when
 */
public record Review(ReviewOutcome outcome, String changedText, String reviewedBy, LocalDate reviewedOn, boolean late,
		Instant reviewedAt) {
}
