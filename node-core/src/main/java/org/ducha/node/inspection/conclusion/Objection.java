package org.ducha.node.inspection.conclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The inspected unit's objection to a conclusion (复核申请); a fact of the unit's node.
 *
 * @param filedOn the day it was filed, node time
 * @param filedBy who filed it
 * @param reasons why the unit objects
 * @param attachmentIds its attachments, possibly none
 * @param filedAt when
 */
public record Objection(LocalDate filedOn, String filedBy, String reasons, List<String> attachmentIds,
		Instant filedAt) {

	public Objection {
		attachmentIds = List.copyOf(attachmentIds);
	}

}
