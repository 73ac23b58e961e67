package org.ducha.node.observer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of a withdrawal.
 *
 * @param reason why the observer no longer reads the object
 */
record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {
}
