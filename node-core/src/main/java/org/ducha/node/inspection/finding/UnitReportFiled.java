package org.ducha.node.inspection.finding;

/**
 * A unit of this node reported its rectification; the federation sends it up to the
 * requirement's issuer.
 *
 * @param report the report
 * @param issuingNode the requirement's issuer, its destination
 */
public record UnitReportFiled(UnitReport report, String issuingNode) {
}
