package org.ducha.node.alert;

/**
 * A unit of this node raised an alert.
 *
 * @param alert the alert
 */
public record AlertRaised(Alert alert) {
}
