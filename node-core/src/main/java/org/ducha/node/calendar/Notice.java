package org.ducha.node.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year's holiday notice as this node holds it.
 *
 * @param year the notice's year (its days may reach into the neighbouring years)
 * @param version the calendar version that last set it; 0 for the bundled data
 * @param days the days it lists
 * @param reason why it was set (the notice's title, or why it changed)
 * @param changedBy who set it
 * @param changedAt when
 * @param originNode the node where it was set
 */
public record Notice(int year, long version, List<NoticeDay> days, String reason, String changedBy, Instant changedAt,
		String originNode) {

	public Notice {
		days = List.copyOf(days);
	}

}
