package org.ducha.node.bulletin;

/**
 * A unit a bulletin names, and what it says of it: the generated verdict and wording,
 * which the supervisor may edit until the bulletin is submitted.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param unitNode the node it belongs to, which receives the bulletin
 * @param position its place in the ranking table, from 1
 * @param verdict commended, criticised or only ranked
 * @param text the commendation's or criticism's wording; null when only ranked
 */
public record Mention(String unitCode, String unitName, String unitNode, int position, Verdict verdict, String text) {
}
