package org.ducha.node.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's record in a period, its facts sorted by the measure that counts them.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param nodeCode the node it belongs to
 * @param facts the facts of each measure; a measure without facts may be absent
 */
public record AssessedRecord(String unitCode, String unitName, String nodeCode, Map<Measure, List<CountedFact>> facts) {

	public AssessedRecord {
		Map<Measure, List<CountedFact>> copy = new EnumMap<>(Measure.class);
		facts.forEach((measure, list) -> copy.put(measure, List.copyOf(list)));
		facts = Map.copyOf(copy);
	}

	public List<CountedFact> of(Measure measure) {
		return this.facts.getOrDefault(measure, List.of());
	}

}
