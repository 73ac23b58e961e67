package org.ducha.node.assessment;

/**
 * The ids a counted fact links to, each null when it has none: the UI opens the task, the
 * assignment, the report, the ladder step, the rectification or the bulletin.
 *
 * @param taskId the task
 * @param assignmentId the unit's assignment
 * @param reportId the progress report
 * @param stepId the accountability ladder step
 * @param rectificationId the rectification required after an inspection
 * @param bulletinId the bulletin that commended the unit
 */
public record FactLinks(String taskId, String assignmentId, String reportId, String stepId, String rectificationId,
		String bulletinId) {

	public static FactLinks none() {
		return new FactLinks(null, null, null, null, null, null);
	}

}
