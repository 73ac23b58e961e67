package org.ducha.node.federation.events;

import java.util.UUID;

import org.ducha.node.federation.MalformedEventException;

/**
 * Checks the record ids an event carries.
 */
final class Ids {

	private Ids() {
	}

	/** The id as given, when it is a UUID. */
	static String uuid(String value, String what) {
		try {
			UUID.fromString(value);
			return value;
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("the " + what + " id '" + value + "' is not a UUID");
		}
	}

	/** An optional id: empty stays null. */
	static String optionalUuid(String value, String what) {
		return (value == null || value.isEmpty()) ? null : uuid(value, what);
	}

}
