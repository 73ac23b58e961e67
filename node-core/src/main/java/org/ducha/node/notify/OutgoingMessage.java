package org.ducha.node.notify;

import java.util.List;

/**
 * One message a notifier sends.
 *
 * @param recipients addresses on the notifier's channel
 * @param subject subject line
 * @param body plain text
 */
public record OutgoingMessage(List<String> recipients, String subject, String body) {

	public OutgoingMessage {
		recipients = List.copyOf(recipients);
	}

}
