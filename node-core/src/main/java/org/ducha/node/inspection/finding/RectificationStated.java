package org.ducha.node.inspection.finding;

/**
 * This node issued a rectification requirement or restated it at a new revision; the
 * federation sends it to the unit's node.
 *
 * @param rectification the requirement as now stated
 */
public record RectificationStated(Rectification rectification) {
}
