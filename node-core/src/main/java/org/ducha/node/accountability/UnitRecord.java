package org.ducha.node.accountability;

import java.util.List;
import java.util.Map;

/**
 * A unit's ladder record as this node knows it: every step about the unit, wherever it
 * was issued, the latest first, and how many of each rung.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param counts steps by rung
 * @param steps the steps
 */
public record UnitRecord(String unitCode, String unitName, Map<StepKind, Long> counts, List<StepRecord> steps) {
}
