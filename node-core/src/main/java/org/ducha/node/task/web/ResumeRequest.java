package org.ducha.node.task.web;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/tasks/{id}/resume} and of a leader's approval of a
 * suspension or withdrawal; optional.
 *
 * @param reason why, if the caller says
 */
record ResumeRequest(@Size(max = 1000) String reason) {
}
