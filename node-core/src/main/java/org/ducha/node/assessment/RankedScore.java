package org.ducha.node.assessment;

/**
 * A unit's score and its place among the units of its level.
 *
 * @param score the score
 * @param level the units it is ranked among (see {@link Ranking})
 * @param rank its place, 1 the best; equal scores share a place
 * @param ranked how many units the level holds
 */
public record RankedScore(UnitScore score, RankLevel level, int rank, int ranked) {
}
