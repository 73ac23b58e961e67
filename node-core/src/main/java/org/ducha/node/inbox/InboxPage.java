package org.ducha.node.inbox;

import java.util.List;

/**
 * One page of a user's inbox.
 *
 * @param items the entries, newest first
 * @param page page number, from 0
 * @param size page size
 * @param total how many there are in all
 */
public record InboxPage(List<InboxEntry> items, int page, int size, long total) {
}
