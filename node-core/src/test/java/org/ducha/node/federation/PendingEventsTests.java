package org.ducha.node.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The receiver hands a handler the consecutive events of its kind as one batch, in their
 * order, and never applies an event twice or out of turn.
 */
class PendingEventsTests {

	private final List<String> applied = new ArrayList<>();

	private final Recording reports = new Recording("reports");

	private final Recording alerts = new Recording("alerts");

	private final PendingEvents<IncomingEvent> pending = new PendingEvents<>(EventHandler::apply);

	@Test
	void consecutiveEventsOfOneHandlerArriveAsOneBatchInTheirOrder() {
		this.pending.add(this.reports, event("e1"));
		this.pending.add(this.reports, event("e2"));
		this.pending.add(this.reports, event("e3"));
		assertThat(this.applied).isEmpty();
		this.pending.flush();
		assertThat(this.applied).containsExactly("reports[e1, e2, e3]");
	}

	@Test
	void anEventOfAnotherHandlerComesAfterThoseBeforeIt() {
		this.pending.add(this.reports, event("e1"));
		this.pending.add(this.alerts, event("e2"));
		this.pending.add(this.reports, event("e3"));
		this.pending.flush();
		assertThat(this.applied).containsExactly("reports[e1]", "alerts[e2]", "reports[e3]");
	}

	@Test
	void whatWasAppliedIsNotAppliedAgain() {
		this.pending.flush();
		this.pending.add(this.reports, event("e1"));
		this.pending.flush();
		this.pending.flush();
		assertThat(this.applied).containsExactly("reports[e1]");
	}

	@Test
	void aFailedBatchIsNotAppliedAgain() {
		Recording failing = new Recording("failing") {
			@Override
			public void apply(List<IncomingEvent> events) {
				super.apply(events);
				throw new ForbiddenEventException("refused");
			}
		};
		this.pending.add(failing, event("e1"));
		assertThatExceptionOfType(ForbiddenEventException.class).isThrownBy(this.pending::flush);
		this.pending.flush();
		assertThat(this.applied).containsExactly("failing[e1]");
	}

	private static IncomingEvent event(String id) {
		return new IncomingEvent(id, "441704", "441700", Instant.EPOCH, Event.getDefaultInstance(),
				new Link("441704", PeerRole.CHILD), false);
	}

	private class Recording implements EventHandler {

		private final String name;

		Recording(String name) {
			this.name = name;
		}

		@Override
		public Event.KindCase kind() {
			return Event.KindCase.KIND_NOT_SET;
		}

		@Override
		public Authority authority() {
			return Authority.bothWays(Channel.CHANNEL_ALERT, Originator.root());
		}

		@Override
		public void apply(List<IncomingEvent> events) {
			PendingEventsTests.this.applied.add(this.name + events.stream().map(IncomingEvent::eventId).toList());
		}

	}

}
