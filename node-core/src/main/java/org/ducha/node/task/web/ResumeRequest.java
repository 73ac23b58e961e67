package org.ducha.node.task.web;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/tasks/{id}/resume}; optional.
 *
 * @param reason why, if the caller says
 */
record ResumeRequest(@Size(max = 1000) String reason) {
}
