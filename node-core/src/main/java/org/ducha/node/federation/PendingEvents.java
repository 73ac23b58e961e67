package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Gathers consecutive arrivals of one handler so that it applies them as one batch. The
 * outcome must stay what applying them one by one gives, so a caller applies what is
 * pending ({@link #flush()}) before any other step that writes, and before letting a
 * failed step end the batch: a batch then still fails on the first entry that would have
 * failed alone.
 *
 * @param <T> what is gathered: the events themselves, or the entries they came in
 */
final class PendingEvents<T> {

	private final BiConsumer<EventHandler, List<T>> applier;

	private EventHandler handler;

	private final List<T> pending = new ArrayList<>();

	/**
	 * @param applier applies one group: a handler and its consecutive arrivals, oldest
	 * first
	 */
	PendingEvents(BiConsumer<EventHandler, List<T>> applier) {
		this.applier = applier;
	}

	/** Adds an arrival; those of another handler pending before it are applied first. */
	void add(EventHandler handler, T arrival) {
		if (this.handler != handler) {
			flush();
			this.handler = handler;
		}
		this.pending.add(arrival);
	}

	/** Applies what is pending. */
	void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		List<T> group = List.copyOf(this.pending);
		this.pending.clear();
		this.applier.accept(this.handler, group);
	}

}
