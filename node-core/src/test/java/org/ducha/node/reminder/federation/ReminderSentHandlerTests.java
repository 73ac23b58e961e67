package org.ducha.node.reminder.federation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.ducha.node.federation.Direction;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.ReminderKind;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ReminderSent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A reminder keeps every field on the wire, and a node refuses one that its sender may
 * not state: sent up from a child, in another node's name, or addressed elsewhere than it
 * travels. Refused events never reach the replication (here: none exists).
 */
class ReminderSentHandlerTests {

	private static final Reminder REMINDER = new Reminder(UUID.randomUUID().toString(), ReminderKind.OVERDUE, "440000",
			"440000:dcs", "system", "441704", "441704:jyj", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
			"【逾期催办】《防汛》第一阶段报告已逾期", "请尽快报送。", LocalDate.parse("2024-03-15"), true,
			Instant.parse("2024-03-18T02:00:00Z"));

	private final ReminderSentHandler handler = new ReminderSentHandler(null);

	/** A batch of one reminder, as the receiver hands it to the handler. */
	private static List<IncomingEvent> incoming(PeerRole from, String origin, String destination,
			UnaryOperator<ReminderSent.Builder> change) {
		ReminderSent sent = change.apply(ReminderWire.reminderSent(REMINDER).getReminderSent().toBuilder()).build();
		return List.of(new IncomingEvent(UUID.randomUUID().toString(), origin, destination, REMINDER.sentAt(),
				Event.newBuilder().setReminderSent(sent).build(), new Link("441700", from), false));
	}

	@Test
	void aReminderKeepsEveryFieldOnTheWire() {
		Event event = ReminderWire.reminderSent(REMINDER);
		assertThat(ReminderWire.reminder(event.getReminderSent())).isEqualTo(REMINDER);
		assertThat(this.handler.authority().originator().requiredOrigin(event, "440000")).isEqualTo("440000");
		assertThat(this.handler.authority().directions()).containsExactly(Direction.DOWN);
	}

	@Test
	void refusesAReminderSentUpFromAChild() {
		assertThatExceptionOfType(ForbiddenEventException.class)
			.isThrownBy(() -> this.handler.apply(incoming(PeerRole.CHILD, "440000", "441704", (b) -> b)))
			.withMessageContaining("only go down");
	}

	@Test
	void refusesAReminderInAnotherNodesName() {
		assertThatExceptionOfType(ForbiddenEventException.class)
			.isThrownBy(() -> this.handler.apply(incoming(PeerRole.PARENT, "441700", "441704", (b) -> b)));
		assertThatExceptionOfType(ForbiddenEventException.class).isThrownBy(() -> this.handler
			.apply(incoming(PeerRole.PARENT, "440000", "441704", (b) -> b.setFromUnit("441700:dcs"))));
	}

	@Test
	void refusesAReminderThatDoesNotSayWhereItGoesOrWhatItIs() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.handler.apply(incoming(PeerRole.PARENT, "440000", "441702", (b) -> b)));
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> this.handler
			.apply(incoming(PeerRole.PARENT, "440000", "441704", (b) -> b.setToUnit("441702:jyj"))));
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.handler.apply(incoming(PeerRole.PARENT, "440000", "441704",
					(b) -> b.setKind(org.ducha.proto.federation.v1.ReminderKind.REMINDER_KIND_UNSPECIFIED))));
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(
				() -> this.handler.apply(incoming(PeerRole.PARENT, "440000", "441704", (b) -> b.setTaskId("t-1"))));
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.handler.apply(incoming(PeerRole.PARENT, "440000", "441704", (b) -> b.setTitle(""))));
	}

}
