package org.ducha.node.federation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * The handlers of the event kinds this version knows.
 */
@Component
class EventHandlers {

	private final Map<Event.KindCase, EventHandler> byKind = new EnumMap<>(Event.KindCase.class);

	EventHandlers(List<EventHandler> handlers) {
		for (EventHandler handler : handlers) {
			EventHandler previous = this.byKind.put(handler.kind(), handler);
			if (previous != null) {
				throw new IllegalStateException("Two handlers for " + handler.kind());
			}
		}
	}

	/** Every handler, in the order of their kinds. */
	List<EventHandler> all() {
		return List.copyOf(this.byKind.values());
	}

	/** The handler of an event, empty for a kind this version does not know. */
	Optional<EventHandler> of(Event event) {
		return Optional.ofNullable(this.byKind.get(event.getKindCase()));
	}

}
