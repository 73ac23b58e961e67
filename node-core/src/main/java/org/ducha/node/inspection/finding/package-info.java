/**
 * Findings of an inspection and what follows them (docs/business-rules.md, "Findings,
 * rectification and verification"): a finding recorded on a plan at the planning node
 * becomes a rectification requirement (整改要求) for a unit with a deadline in working days;
 * the unit reports its rectification; the supervisor verifies on site (核查) and makes
 * return visits (回访) before closing it. The same verification may be asked for an
 * assignment's completion request before 销号.
 */
package org.ducha.node.inspection.finding;
