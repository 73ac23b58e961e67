package org.ducha.node.accountability;

import java.util.List;
import java.util.Map;

import org.ducha.node.people.ChargeTerm;

/**
 * A person's ladder record as this node knows it: who they are, the posts they held, and
 * every step counted against them, the latest first.
 *
 * @param personId the person
 * @param name their name
 * @param title their title (职务)
 * @param unitCode their unit
 * @param unitName its name
 * @param terms the posts they held, oldest first
 * @param counts steps by rung
 * @param steps the steps
 */
public record PersonRecord(String personId, String name, String title, String unitCode, String unitName,
		List<ChargeTerm> terms, Map<StepKind, Long> counts, List<StepRecord> steps) {
}
