package org.ducha.node.unit;

/**
 * A unit code names no unit this node knows.
 */
public class UnknownUnitException extends RuntimeException {

	public UnknownUnitException(String code) {
		super("Unknown unit: " + code);
	}

}
