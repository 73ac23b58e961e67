package org.ducha.node.accountability;

import java.util.List;

/**
 * A step with what the unit reported against it.
 *
 * @param step the step
 * @param rectifications notices: the unit's rectification reports, oldest first
 * @param rectification notices: where the rectification stands; null for other rungs
 */
public record StepRecord(LadderStep step, List<RectificationReport> rectifications, RectificationState rectification) {
}
