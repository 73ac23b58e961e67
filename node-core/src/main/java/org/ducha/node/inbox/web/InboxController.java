package org.ducha.node.inbox.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.inbox.Inbox;
import org.ducha.node.inbox.InboxEntry;
import org.ducha.node.inbox.InboxItem;
import org.ducha.node.inbox.InboxPage;
import org.ducha.node.security.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's inbox: list, mark read, sign for.
 */
@RestController
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/inbox")
	PageResponse<InboxItemResponse> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		InboxPage result = this.inbox.list(actor, unread, page, size);
		return PageResponse.of(result.items(), result.page(), result.size(), result.total(), InboxItemResponse::of);
	}

	@PostMapping("/api/v1/inbox/{id}/read")
	InboxItemResponse read(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return InboxItemResponse.of(this.inbox.read(id, actor));
	}

	@PostMapping("/api/v1/inbox/{id}/sign")
	InboxItemResponse sign(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return InboxItemResponse.of(this.inbox.sign(id, actor));
	}

	/**
	 * An inbox item as the caller sees it.
	 *
	 * @param id id
	 * @param source REMINDER, ALERT or ESCALATION (an alert of this node left unsigned
	 * past its limit)
	 * @param sourceId the reminder or alert
	 * @param audience HANDLERS, or UNIT_HEAD for an item reserved for the unit head
	 * @param unitCode the receiving unit
	 * @param kind the reminder's or alert's kind
	 * @param fromNode the sending node
	 * @param taskId the task concerned
	 * @param assignmentId the assignment concerned
	 * @param title title
	 * @param body text
	 * @param createdAt when it arrived
	 * @param read whether the caller read it
	 * @param readAt when
	 * @param signed whether it was signed for
	 * @param signedBy by whom
	 * @param signedAt when
	 */
	record InboxItemResponse(String id, String source, String sourceId, String audience, String unitCode, String kind,
			String fromNode, String taskId, String assignmentId, String title, String body, Instant createdAt,
			boolean read, Instant readAt, boolean signed, String signedBy, Instant signedAt) {

		static InboxItemResponse of(InboxEntry entry) {
			InboxItem item = entry.item();
			return new InboxItemResponse(item.id(), item.source().name(), item.sourceId(), item.audience().name(),
					item.unitCode(), item.kind(), item.fromNode(), item.taskId(), item.assignmentId(), item.title(),
					item.body(), item.createdAt(), entry.isRead(), entry.readAt(), item.isSigned(), item.signedBy(),
					item.signedAt());
		}

	}

}
