package org.ducha.node.alert;

/**
 * This node signed for an alert it received.
 *
 * @param alert the alert after signing
 */
public record AlertAcknowledged(Alert alert) {
}
