package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers consecutive events of one handler so that it applies them as one batch. The
 * outcome must stay what applying them one by one gives, so a caller applies what is
 * pending ({@link #flush()}) before any other step that writes, and before letting a
 * failed step end the batch: a batch then still fails on the first entry that would have
 * failed alone.
 */
final class PendingEvents {

	private EventHandler handler;

	private final List<IncomingEvent> events = new ArrayList<>();

	/** Adds an event; events of another handler pending before it are applied first. */
	void add(EventHandler handler, IncomingEvent event) {
		if (this.handler != handler) {
			flush();
			this.handler = handler;
		}
		this.events.add(event);
	}

	/** Applies what is pending. */
	void flush() {
		if (this.events.isEmpty()) {
			return;
		}
		List<IncomingEvent> batch = List.copyOf(this.events);
		this.events.clear();
		this.handler.apply(batch);
	}

}
