package org.ducha.node.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a transition that states its reason: reject, withdraw, suspend.
 *
 * @param reason why
 */
record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
}
