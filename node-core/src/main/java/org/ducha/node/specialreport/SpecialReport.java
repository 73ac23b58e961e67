package org.ducha.node.specialreport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.task.IllegalTransitionException;

/**
 * A special report (专报) to this node's leaders: composed and edited by a supervisor while
 * it is a draft, submitted, read by leaders (each read kept as a receipt) and instructed
 * (批示). Each step is allowed in some states only; any other is an
 * {@link IllegalTransitionException} naming the current state (docs/business-rules.md,
 * "Special reports").
 *
 * @param id id
 * @param nodeCode the node it is written at
 * @param title title
 * @param text what the supervisor writes around the cited records
 * @param items the records it cites, in order
 * @param status where it stands
 * @param draftedBy the composing supervisor's subject
 * @param draftedByName their name
 * @param draftedAt when composed
 * @param submittedAt when submitted; null while a draft
 * @param receipts the leaders who read it, first read first
 * @param instructions the leaders' instructions, oldest first
 * @param version optimistic version
 */
public record SpecialReport(UUID id, String nodeCode, String title, String text, List<ItemReference> items,
		SpecialReportStatus status, String draftedBy, String draftedByName, Instant draftedAt, Instant submittedAt,
		List<ReadReceipt> receipts, List<Instruction> instructions, long version) {

	/** The most records one report cites. */
	static final int MAX_ITEMS = 50;

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 20000;

	public SpecialReport {
		items = List.copyOf(items);
		receipts = List.copyOf(receipts);
		instructions = List.copyOf(instructions);
	}

	/** A new draft. */
	static SpecialReport compose(UUID id, String node, String title, String text, List<ItemReference> items, String by,
			String byName, Instant at) {
		return new SpecialReport(id, node, checkedTitle(title), checkedText(text), checkedItems(items),
				SpecialReportStatus.DRAFT, by, byName, at, null, List.of(), List.of(), 0);
	}

	/** The draft, written anew. */
	SpecialReport revised(String newTitle, String newText, List<ItemReference> newItems) {
		require("edited", SpecialReportStatus.DRAFT);
		return new SpecialReport(this.id, this.nodeCode, checkedTitle(newTitle), checkedText(newText),
				checkedItems(newItems), this.status, this.draftedBy, this.draftedByName, this.draftedAt, null,
				this.receipts, this.instructions, this.version);
	}

	/** Submitted to the node's leaders; from now on it never changes. */
	SpecialReport submitted(Instant at) {
		require("submitted", SpecialReportStatus.DRAFT);
		return with(SpecialReportStatus.SUBMITTED, at, this.receipts, this.instructions);
	}

	/**
	 * A leader read it: a receipt, once per leader; the first read makes a submitted
	 * report {@code READ}.
	 */
	SpecialReport readBy(String leader, String leaderName, Instant at) {
		require("read", SpecialReportStatus.SUBMITTED, SpecialReportStatus.READ, SpecialReportStatus.INSTRUCTED);
		if (hasRead(leader)) {
			return this;
		}
		List<ReadReceipt> read = new ArrayList<>(this.receipts);
		read.add(new ReadReceipt(leader, leaderName, at));
		SpecialReportStatus next = (this.status == SpecialReportStatus.SUBMITTED) ? SpecialReportStatus.READ
				: this.status;
		return with(next, this.submittedAt, read, this.instructions);
	}

	/**
	 * A leader records an instruction (批示) once the report has been read; instructing
	 * counts as reading it, so a leader who had not opened it gets a receipt too.
	 */
	SpecialReport instructed(Instruction instruction) {
		require("instructed", SpecialReportStatus.READ, SpecialReportStatus.INSTRUCTED);
		if (instruction.text() == null || instruction.text().isBlank()) {
			throw new InvalidRequestException("text: 批示内容不能为空 (an instruction says something)");
		}
		if (instruction.text().length() > MAX_TEXT) {
			throw new InvalidRequestException("text: 批示内容至多 " + MAX_TEXT + " 字 (at most " + MAX_TEXT + " characters)");
		}
		List<Instruction> all = new ArrayList<>(this.instructions);
		all.add(instruction);
		List<ReadReceipt> read = new ArrayList<>(this.receipts);
		if (!hasRead(instruction.leader())) {
			read.add(new ReadReceipt(instruction.leader(), instruction.leaderName(), instruction.instructedAt()));
		}
		return with(SpecialReportStatus.INSTRUCTED, this.submittedAt, read, all);
	}

	/**
	 * One of its instructions that has not become a task yet.
	 * @throws NotFoundException when it has no such instruction
	 * @throws IllegalTransitionException when the instruction became a task already
	 */
	Instruction instructionToTurnIntoTask(UUID instructionId) {
		Instruction instruction = this.instructions.stream()
			.filter((i) -> i.id().equals(instructionId))
			.findFirst()
			.orElseThrow(
					() -> new NotFoundException("No instruction " + instructionId + " on special report " + this.id));
		if (instruction.becameTask()) {
			throw new IllegalTransitionException("批示 " + instructionId + " 已转为任务 " + instruction.taskId()
					+ ": instruction " + instructionId + " became task " + instruction.taskId() + " already");
		}
		return instruction;
	}

	boolean hasRead(String leader) {
		return this.receipts.stream().anyMatch((r) -> r.reader().equals(leader));
	}

	private SpecialReport with(SpecialReportStatus next, Instant submitted, List<ReadReceipt> read,
			List<Instruction> all) {
		return new SpecialReport(this.id, this.nodeCode, this.title, this.text, this.items, next, this.draftedBy,
				this.draftedByName, this.draftedAt, submitted, read, all, this.version);
	}

	private void require(String act, SpecialReportStatus... allowed) {
		if (!List.of(allowed).contains(this.status)) {
			throw new IllegalTransitionException("专报当前状态为 " + this.status + "，不能执行此操作: special report " + this.id
					+ " is " + this.status + "; only one that is " + List.of(allowed) + " can be " + act);
		}
	}

	private static String checkedTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new InvalidRequestException("title: 专报须有标题 (a special report has a title)");
		}
		if (title.strip().length() > MAX_TITLE) {
			throw new InvalidRequestException("title: 标题至多 " + MAX_TITLE + " 字 (at most " + MAX_TITLE + " characters)");
		}
		return title.strip();
	}

	private static String checkedText(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException("text: 专报须有正文 (a special report says something)");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidRequestException("text: 正文至多 " + MAX_TEXT + " 字 (at most " + MAX_TEXT + " characters)");
		}
		return text.strip();
	}

	private static List<ItemReference> checkedItems(List<ItemReference> items) {
		if (items == null || items.isEmpty()) {
			throw new InvalidRequestException(
					"items: 专报至少引用一项任务、督查发现或进展报告 (a special report cites at least one task, finding or report)");
		}
		for (ItemReference item : items) {
			if (item == null || item.kind() == null || item.id() == null || item.id().isBlank()) {
				throw new InvalidRequestException(
						"items: 每项须有类型 TASK、FINDING 或 REPORT 及其编号 (each item has a kind and an id)");
			}
		}
		List<ItemReference> distinct = List.copyOf(new LinkedHashSet<>(items));
		if (distinct.size() > MAX_ITEMS) {
			throw new InvalidRequestException("items: 至多引用 " + MAX_ITEMS + " 项 (at most " + MAX_ITEMS + " items)");
		}
		return distinct;
	}

}
