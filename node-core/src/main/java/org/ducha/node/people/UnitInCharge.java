package org.ducha.node.people;

import java.time.LocalDate;

/**
 * A unit with the people holding its posts today.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param nodeCode the node that owns it (and names its people)
 * @param principal the principal leader, if one is named
 * @param deputy the deputy in charge, if one is named
 */
public record UnitInCharge(String unitCode, String unitName, String nodeCode, Holding principal, Holding deputy) {

	/**
	 * A post's holder today.
	 *
	 * @param person the holder
	 * @param since the first day held
	 */
	public record Holding(Person person, LocalDate since) {
	}

}
