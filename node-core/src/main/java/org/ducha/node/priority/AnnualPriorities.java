package org.ducha.node.priority;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

/**
 * A node's annual supervision priorities for a year (年度督查工作重点): drafted and edited by a
 * supervisor, submitted, approved by a leader or sent back with a reason. Each step is
 * allowed in one state only; any other is an {@link IllegalTransitionException} naming
 * the current state. A copy of a higher node's priorities changes by nothing.
 *
 * @param id id
 * @param nodeCode the node whose priorities they are
 * @param nodeName its name
 * @param year the year
 * @param items the priorities, in order
 * @param status where they stand
 * @param draftedBy who drafted them (null on a copy)
 * @param draftedAt when
 * @param sentBackReason why a leader sent them back, until submitted again
 * @param approvedBy the approving leader (null on a copy)
 * @param approvedAt when approved
 * @param version optimistic version
 */
public record AnnualPriorities(UUID id, String nodeCode, String nodeName, int year, List<PriorityItem> items,
		PriorityStatus status, String draftedBy, Instant draftedAt, String sentBackReason, String approvedBy,
		Instant approvedAt, long version) {

	static final int MAX_ITEMS = 50;

	static final int MAX_TITLE = 300;

	static final int MAX_DESCRIPTION = 5000;

	public AnnualPriorities {
		items = List.copyOf(items);
	}

	/** A new draft. */
	static AnnualPriorities draft(UUID id, String node, String nodeName, int year, List<PriorityItem> items, String by,
			Instant at) {
		checkYear(year);
		return new AnnualPriorities(id, node, nodeName, year, checked(items), PriorityStatus.DRAFT, by, at, null, null,
				null, 0);
	}

	/** The draft, written anew. */
	AnnualPriorities revised(List<PriorityItem> newItems) {
		require(PriorityStatus.DRAFT, "edited");
		return new AnnualPriorities(this.id, this.nodeCode, this.nodeName, this.year, checked(newItems), this.status,
				this.draftedBy, this.draftedAt, this.sentBackReason, null, null, this.version);
	}

	/** Submitted for a leader's approval. */
	AnnualPriorities submitted() {
		require(PriorityStatus.DRAFT, "submitted");
		return with(PriorityStatus.SUBMITTED, null, null, null);
	}

	/** A leader approves them: final from now on. */
	AnnualPriorities approved(String by, Instant at) {
		require(PriorityStatus.SUBMITTED, "approved");
		return with(PriorityStatus.APPROVED, null, by, at);
	}

	/** A leader sends them back to their draft, with the reason. */
	AnnualPriorities sentBack(String reason) {
		require(PriorityStatus.SUBMITTED, "sent back");
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason: 退回须说明理由 (priorities are sent back with the reason why)");
		}
		return with(PriorityStatus.DRAFT, reason.strip(), null, null);
	}

	/** The item with an id, if it is one of these. */
	java.util.Optional<PriorityItem> item(UUID itemId) {
		return this.items.stream().filter((item) -> item.id().equals(itemId)).findFirst();
	}

	/**
	 * Whether a task or plan may be linked to them.
	 * @throws IllegalTransitionException unless approved
	 */
	void requireLinkable() {
		require(PriorityStatus.APPROVED, "linked to");
	}

	private AnnualPriorities with(PriorityStatus next, String sentBack, String approver, Instant approved) {
		return new AnnualPriorities(this.id, this.nodeCode, this.nodeName, this.year, this.items, next, this.draftedBy,
				this.draftedAt, sentBack, approver, approved, this.version);
	}

	private void require(PriorityStatus expected, String act) {
		if (this.status != expected) {
			throw new IllegalTransitionException(
					"年度督查工作重点当前为 " + this.status + "，仅 " + expected + " 状态可执行此操作: " + "the priorities " + this.id
							+ " are " + this.status + "; only priorities that are " + expected + " can be " + act);
		}
	}

	static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidRequestException("year: 年度须在 2000 至 2100 之间 (a year between 2000 and 2100)");
		}
	}

	private static List<PriorityItem> checked(List<PriorityItem> items) {
		if (items == null || items.isEmpty()) {
			throw new InvalidRequestException("items: 至少列出一项工作重点 (at least one priority)");
		}
		if (items.size() > MAX_ITEMS) {
			throw new InvalidRequestException("items: 至多 " + MAX_ITEMS + " 项 (at most " + MAX_ITEMS + " priorities)");
		}
		for (int i = 0; i < items.size(); i++) {
			PriorityItem item = items.get(i);
			if (item.title() == null || item.title().isBlank()) {
				throw new InvalidRequestException("items[" + i + "].title: 每项须有标题 (each priority has a title)");
			}
			if (item.title().strip().length() > MAX_TITLE) {
				throw new InvalidRequestException(
						"items[" + i + "].title: 至多 " + MAX_TITLE + " 字 (at most " + MAX_TITLE + " characters)");
			}
			if (item.description() != null && item.description().length() > MAX_DESCRIPTION) {
				throw new InvalidRequestException("items[" + i + "].description: 至多 " + MAX_DESCRIPTION + " 字 (at most "
						+ MAX_DESCRIPTION + " characters)");
			}
		}
		return items.stream()
			.map((item) -> new PriorityItem(item.id(), item.title().strip(),
					(item.description() != null) ? item.description().strip() : ""))
			.toList();
	}

}
