package org.ducha.node.alert;

/**
 * An alert addressed to this node stayed unsigned past its limit and escalated. Local: it
 * never travels (the inbox takes it).
 *
 * @param alert the alert after escalating
 */
public record AlertEscalated(Alert alert) {
}
