package org.ducha.node.unit;

/**
 * A unit a task can be assigned to: a department ({@code <node>:<short name>}) or a lower
 * government (its node code).
 *
 * @param code the unit code
 * @param name its name
 * @param nodeCode the node that owns it
 * @param government whether it is a government rather than a department
 */
public record Unit(String code, String name, String nodeCode, boolean government) {

	/** The node a unit code belongs to: the part before {@code :}, or the code itself. */
	public static String nodeOf(String unitCode) {
		int colon = unitCode.indexOf(':');
		return (colon < 0) ? unitCode : unitCode.substring(0, colon);
	}

}
