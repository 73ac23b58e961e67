package org.ducha.node.coordination;

import java.time.Instant;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.CoordinationReport;

/**
 * A lead unit's written report after coordination failed (二(一)), as the
 * COORDINATION_REQUEST alert that carried it upward.
 *
 * @param alertId the alert
 * @param process how coordination went (协调情况)
 * @param reasons why it failed (无法解决的原因)
 * @param suggestions opinions and suggestions (意见建议)
 * @param reportedBy who filed it
 * @param reportedAt when
 */
public record WrittenReport(String alertId, String process, String reasons, String suggestions, String reportedBy,
		Instant reportedAt) {

	static WrittenReport of(Alert alert) {
		CoordinationReport report = alert.getCoordinationReport();
		return new WrittenReport(alert.getId(), report.process(), report.reasons(), report.suggestions(),
				alert.getRaisedBy(), alert.getRaisedAt());
	}

}
