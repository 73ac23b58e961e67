package org.ducha.node.inspection.finding;

import java.time.Instant;

/**
 * An on-site verification (核查) the issuer asked for before approving an assignment's
 * pending completion request (销号), and its outcome once recorded.
 *
 * @param assignmentId the assignment
 * @param lifecycleStep the step of the completion request it concerns
 * @param askedBy who asked
 * @param askedAt when
 * @param confirmed whether the facts were confirmed, or null until recorded
 * @param notes what the verification found, or null
 * @param verifiedBy who recorded it, or null
 * @param verifiedAt when, or null
 */
public record CompletionVerification(String assignmentId, long lifecycleStep, String askedBy, Instant askedAt,
		Boolean confirmed, String notes, String verifiedBy, Instant verifiedAt) {

	public boolean recorded() {
		return this.verifiedAt != null;
	}

}
