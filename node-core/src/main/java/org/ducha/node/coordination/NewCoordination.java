package org.ducha.node.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * A coordination attempt as the lead unit records it.
 *
 * @param date when it took place
 * @param withUnits the units coordinated with
 * @param matter what was to be coordinated
 * @param outcome how it ended
 * @param notes remarks, if any
 */
public record NewCoordination(LocalDate date, List<String> withUnits, String matter, CoordinationOutcome outcome,
		String notes) {
}
