package org.ducha.node.notify;

import java.util.List;

/**
 * One way of telling people outside the application (e-mail, later SMS or IM). The in-app
 * inbox needs none of them.
 */
public interface Notifier {

	/** Short name of the channel, stored with each notification (e.g. {@code email}). */
	String channel();

	/** Whether this channel is configured; a disabled notifier is never asked to send. */
	boolean enabled();

	/** The addresses of a unit's people on this channel; empty when none are known. */
	List<String> addressesOf(String unitCode, Audience audience);

	/**
	 * Sends one message now.
	 * @throws RuntimeException when it could not be handed over; the message is retried
	 */
	void send(OutgoingMessage message);

}
