package org.ducha.node.reminder.federation;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.ReminderKind;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ReminderSent;

/**
 * Reminders to and from their wire form; used for live events and re-sync records alike.
 */
final class ReminderWire {

	private ReminderWire() {
	}

	static Event reminderSent(Reminder reminder) {
		return Event.newBuilder()
			.setReminderSent(ReminderSent.newBuilder()
				.setReminderId(reminder.id())
				.setKind(kind(reminder.kind()))
				.setClaimOverdue(reminder.kind() == ReminderKind.CLAIM_OVERDUE)
				.setFromNode(reminder.fromNode())
				.setFromUnit(reminder.fromUnit())
				.setSentBy(Wire.text(reminder.sentBy()))
				.setToNode(reminder.toNode())
				.setToUnit(reminder.toUnit())
				.setTaskId(reminder.taskId())
				.setAssignmentId(reminder.assignmentId())
				.setTitle(Wire.text(reminder.title()))
				.setMessage(Wire.text(reminder.message()))
				.setDueDate((reminder.dueDate() != null) ? reminder.dueDate().toString() : "")
				.setEscalate(reminder.escalate())
				.setSentAt(Wire.timestamp(reminder.sentAt())))
			.build();
	}

	/**
	 * A reminder's kind on the wire: a claim-overdue one travels as OVERDUE (with
	 * {@code claim_overdue} set), which nodes that do not know signing limits read as an
	 * overdue reminder instead of refusing it.
	 */
	private static org.ducha.proto.federation.v1.ReminderKind kind(ReminderKind kind) {
		ReminderKind onWire = (kind == ReminderKind.CLAIM_OVERDUE) ? ReminderKind.OVERDUE : kind;
		return org.ducha.proto.federation.v1.ReminderKind.valueOf("REMINDER_KIND_" + onWire.name());
	}

	/**
	 * The reminder a wire event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static Reminder reminder(ReminderSent sent) {
		if (sent.getTitle().isBlank() || sent.getFromUnit().isEmpty() || sent.getToUnit().isEmpty()
				|| !sent.hasSentAt()) {
			throw new MalformedEventException("reminder " + sent.getReminderId() + " lacks its title, units or time");
		}
		ReminderKind kind = switch (sent.getKind()) {
			case REMINDER_KIND_DUE_SOON -> ReminderKind.DUE_SOON;
			case REMINDER_KIND_OVERDUE -> sent.getClaimOverdue() ? ReminderKind.CLAIM_OVERDUE : ReminderKind.OVERDUE;
			case REMINDER_KIND_MANUAL -> ReminderKind.MANUAL;
			default -> throw new MalformedEventException("unknown reminder kind " + sent.getKind());
		};
		try {
			return new Reminder(Wire.uuid(sent.getReminderId(), "reminder"), kind, sent.getFromNode(),
					sent.getFromUnit(), sent.getSentBy(), sent.getToNode(), sent.getToUnit(),
					Wire.uuid(sent.getTaskId(), "task"), Wire.uuid(sent.getAssignmentId(), "assignment"),
					sent.getTitle(), Wire.orNull(sent.getMessage()),
					sent.getDueDate().isEmpty() ? null : Wire.date(sent.getDueDate()), sent.getEscalate(),
					Wire.instant(sent.getSentAt()));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("reminder " + sent.getReminderId() + ": " + ex.getMessage());
		}
	}

}
