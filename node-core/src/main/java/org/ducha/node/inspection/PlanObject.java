package org.ducha.node.inspection;

/**
 * A unit an inspection plan inspects.
 *
 * @param unitCode the unit's code (a department {@code <node>:<name>} or a government's
 * node code)
 * @param unitName its name when the plan was drafted
 */
public record PlanObject(String unitCode, String unitName) {

}
