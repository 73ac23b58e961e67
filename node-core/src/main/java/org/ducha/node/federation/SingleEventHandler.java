package org.ducha.node.federation;

import java.util.List;

/**
 * A handler that applies the events of a batch one at a time, as if each had arrived
 * alone.
 */
public abstract class SingleEventHandler implements EventHandler {

	@Override
	public final void apply(List<IncomingEvent> events) {
		for (IncomingEvent event : events) {
			applyOne(event);
		}
	}

	/**
	 * Applies one event inside the receiver's transaction.
	 * @throws ForbiddenEventException when the sender may not state this fact
	 * @throws MalformedEventException when it cannot be read
	 */
	protected abstract void applyOne(IncomingEvent event);

}
