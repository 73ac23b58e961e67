package org.ducha.node.inspection.finding;

import java.util.List;

/**
 * A rectification requirement as a caller reads it: with the unit's reports held here and
 * where it stands.
 *
 * @param rectification the requirement
 * @param reports the unit's reports, oldest first
 * @param state where it stands
 */
public record RectificationDetail(Rectification rectification, List<UnitReport> reports, RectificationState state) {

	static RectificationDetail of(Rectification rectification, List<UnitReport> reports) {
		return new RectificationDetail(rectification, List.copyOf(reports), rectification.state(reports));
	}

}
