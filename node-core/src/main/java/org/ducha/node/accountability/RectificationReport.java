package org.ducha.node.accountability;

import java.time.Instant;

/**
 * A unit's report of its rectification against a supervision notice; a fact of the unit's
 * node.
 *
 * @param id id
 * @param stepId the notice
 * @param unitCode the notice's unit
 * @param content what was rectified
 * @param reportedBy who reported
 * @param reportedAt when
 */
public record RectificationReport(String id, String stepId, String unitCode, String content, String reportedBy,
		Instant reportedAt) {
}
