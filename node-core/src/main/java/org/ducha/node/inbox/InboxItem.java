package org.ducha.node.inbox;

import java.time.Instant;

import org.ducha.node.notify.Audience;

/**
 * One item of a unit's inbox.
 *
 * @param id id
 * @param source what it stands for
 * @param sourceId the reminder or alert
 * @param audience the unit's handlers, or its head only
 * @param unitCode the receiving unit (the node's code for its government)
 * @param kind the reminder's or alert's kind
 * @param fromNode the sending node
 * @param taskId the task concerned, if any
 * @param assignmentId the assignment concerned, if any
 * @param title title
 * @param body text
 * @param createdAt when it arrived
 * @param signedBy who signed for it
 * @param signedAt when
 */
public record InboxItem(String id, InboxSource source, String sourceId, Audience audience, String unitCode, String kind,
		String fromNode, String taskId, String assignmentId, String title, String body, Instant createdAt,
		String signedBy, Instant signedAt) {

	public boolean isSigned() {
		return this.signedAt != null;
	}

}
