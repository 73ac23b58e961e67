package org.ducha.node.federation.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.google.protobuf.Timestamp;

import org.ducha.node.federation.MalformedEventException;

/**
 * Conversions between domain values and their wire form that every feature shares.
 * Unknown or unreadable wire values are refused as malformed rather than guessed.
 */
public final class Wire {

	private Wire() {
	}

	public static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	public static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

	/** A text for the wire, where absent is empty. */
	public static String text(String value) {
		return (value != null) ? value : "";
	}

	/** A text from the wire, where empty is absent. */
	public static String orNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	/**
	 * An ISO date from the wire.
	 * @throws MalformedEventException when it is not one
	 */
	public static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedEventException("not a date: '" + value + "'");
		}
	}

	/** A stable id for a re-sync record. */
	public static String recordId(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * A record id an event carries, as given, when it is a UUID.
	 * @param what what it names, for the refusal
	 * @throws MalformedEventException when it is not one
	 */
	public static String uuid(String value, String what) {
		try {
			UUID.fromString(value);
			return value;
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("the " + what + " id '" + value + "' is not a UUID");
		}
	}

	/** An optional record id: empty stays null. */
	public static String optionalUuid(String value, String what) {
		return (value == null || value.isEmpty()) ? null : uuid(value, what);
	}

	/**
	 * A domain enumeration's value from a wire enumeration's name, which is the domain
	 * name behind a prefix ({@code TASK_SOURCE_} + {@code INSTRUCTION}).
	 * @throws MalformedEventException when the wire name has no domain counterpart
	 */
	public static <E extends Enum<E>> E enumValue(Class<E> type, String wireName, String prefix) {
		if (!wireName.startsWith(prefix)) {
			throw new MalformedEventException("unknown " + type.getSimpleName() + " value " + wireName);
		}
		try {
			return Enum.valueOf(type, wireName.substring(prefix.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("unknown " + type.getSimpleName() + " value " + wireName);
		}
	}

}
