package org.ducha.node.assessment;

/**
 * The units ranked together: the governments of one administrative level, or the
 * departments of one node.
 *
 * @param key {@code governments:CITY}, {@code departments:441700}
 * @param name how it reads, e.g. "县级政府", "阳江市 部门"
 */
public record RankLevel(String key, String name) {
}
