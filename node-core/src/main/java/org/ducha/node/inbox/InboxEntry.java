package org.ducha.node.inbox;

import java.time.Instant;

/**
 * An inbox item as one user sees it.
 *
 * @param item the item
 * @param readAt when this user read it, or null
 */
public record InboxEntry(InboxItem item, Instant readAt) {

	public boolean isRead() {
		return this.readAt != null;
	}

}
