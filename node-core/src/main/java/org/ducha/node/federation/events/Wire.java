package org.ducha.node.federation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.google.protobuf.Timestamp;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.TaskType;
import org.ducha.proto.federation.v1.AlertDirection;
import org.ducha.proto.federation.v1.AlertKind;

/**
 * Conversions between domain values and their wire form. Unknown wire values are refused
 * as malformed rather than guessed.
 */
final class Wire {

	private Wire() {
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

	static String text(String value) {
		return (value != null) ? value : "";
	}

	static String orNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedEventException("not a date: '" + value + "'");
		}
	}

	/** A stable id for a re-sync record. */
	static String recordId(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
	}

	static org.ducha.proto.federation.v1.TaskSource source(TaskSource source) {
		return org.ducha.proto.federation.v1.TaskSource.valueOf("TASK_SOURCE_" + source.name());
	}

	static TaskSource source(org.ducha.proto.federation.v1.TaskSource source) {
		return valueOf(TaskSource.class, source.name(), "TASK_SOURCE_");
	}

	static org.ducha.proto.federation.v1.TaskType type(TaskType type) {
		return org.ducha.proto.federation.v1.TaskType.valueOf("TASK_TYPE_" + type.name());
	}

	static TaskType type(org.ducha.proto.federation.v1.TaskType type) {
		return valueOf(TaskType.class, type.name(), "TASK_TYPE_");
	}

	static org.ducha.proto.federation.v1.TaskStatus status(TaskStatus status) {
		if (!status.isIssued()) {
			throw new IllegalStateException("A task with status " + status + " never leaves its node");
		}
		return org.ducha.proto.federation.v1.TaskStatus.valueOf("TASK_STATUS_" + status.name());
	}

	/**
	 * A task's status from the wire; unspecified (an issuer before the lifecycle) is
	 * ISSUED.
	 */
	static TaskStatus status(org.ducha.proto.federation.v1.TaskStatus status) {
		if (status == org.ducha.proto.federation.v1.TaskStatus.TASK_STATUS_UNSPECIFIED) {
			return TaskStatus.ISSUED;
		}
		return valueOf(TaskStatus.class, status.name(), "TASK_STATUS_");
	}

	static org.ducha.proto.federation.v1.AssignmentRole role(AssignmentRole role) {
		return org.ducha.proto.federation.v1.AssignmentRole.valueOf("ASSIGNMENT_ROLE_" + role.name());
	}

	static AssignmentRole role(org.ducha.proto.federation.v1.AssignmentRole role) {
		return valueOf(AssignmentRole.class, role.name(), "ASSIGNMENT_ROLE_");
	}

	static AlertDirection direction(org.ducha.node.alert.AlertDirection direction) {
		return AlertDirection.valueOf("ALERT_DIRECTION_" + direction.name());
	}

	static org.ducha.node.alert.AlertDirection direction(AlertDirection direction) {
		return valueOf(org.ducha.node.alert.AlertDirection.class, direction.name(), "ALERT_DIRECTION_");
	}

	static AlertKind kind(org.ducha.node.alert.AlertKind kind) {
		return AlertKind.valueOf("ALERT_KIND_" + kind.name());
	}

	static org.ducha.node.alert.AlertKind kind(AlertKind kind) {
		return valueOf(org.ducha.node.alert.AlertKind.class, kind.name(), "ALERT_KIND_");
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String wireName, String prefix) {
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
