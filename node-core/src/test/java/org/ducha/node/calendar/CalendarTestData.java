package org.ducha.node.calendar;

/**
 * The bundled calendar, for tests of other features.
 */
public final class CalendarTestData {

	private static final CalendarData BUNDLED = new CalendarData(BundledNotices.load("440000"));

	private CalendarTestData() {
	}

	public static CalendarData bundled() {
		return BUNDLED;
	}

}
