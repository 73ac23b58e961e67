package org.ducha.node.alert;

/**
 * An alert addressed to this node became known here: raised here to one of its units, or
 * arrived from its sender. Local: it never travels (the inbox takes it).
 *
 * @param alert the alert
 */
public record AlertDelivered(Alert alert) {
}
