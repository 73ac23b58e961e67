package org.ducha.node.report;

import java.time.Instant;

/**
 * The issuer's return of an unsatisfactory progress report (退回): a fact of the issuing
 * node, kept at every node down to the assignee's. The assignee must submit the report
 * again; its resubmission alone fills the due slot the returned report had filled.
 *
 * @param reportId the returned report
 * @param assignmentId its assignment
 * @param taskId its task
 * @param returnedBy who returned it
 * @param returnedAt when
 * @param reason what is unsatisfactory
 * @param answeredBy the resubmission, once made; null until then
 */
public record ReportReturn(String reportId, String assignmentId, String taskId, String returnedBy, Instant returnedAt,
		String reason, String answeredBy) {

	public boolean isAnswered() {
		return this.answeredBy != null;
	}

}
