package org.ducha.node.alert;

/**
 * The written report a lead unit sends up after two coordination attempts without result
 * (二(一)), carried by a COORDINATION_REQUEST alert.
 *
 * @param process how coordination went (协调情况)
 * @param reasons why it failed (无法解决的原因)
 * @param suggestions the lead unit's opinions and suggestions (意见建议)
 */
public record CoordinationReport(String process, String reasons, String suggestions) {
}
