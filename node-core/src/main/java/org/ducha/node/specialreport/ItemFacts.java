package org.ducha.node.specialreport;

import java.time.LocalDate;

/**
 * The current facts of a record a special report cites, read when the report is.
 *
 * @param kind what it is
 * @param id its id
 * @param headline a task's title; a finding's or report's task or plan
 * @param state a task's status, a report's percentage complete; null for a finding
 * @param detail a finding's content, a report's progress, a task's lead unit
 * @param on a task's deadline, the day a finding or report was recorded
 * @param available false when the record is gone or out of the reader's scope: then only
 * kind and id are known
 */
public record ItemFacts(ItemKind kind, String id, String headline, String state, String detail, LocalDate on,
		boolean available) {

	static ItemFacts unavailable(ItemReference item) {
		return new ItemFacts(item.kind(), item.id(), null, null, null, null, false);
	}

}
