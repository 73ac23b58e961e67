package org.ducha.node.accountability;

/**
 * A unit of this node reported its rectification against a notice; the federation carries
 * the report up to the root, through the notice's issuer.
 *
 * @param report the report
 */
public record RectificationFiled(RectificationReport report) {
}
