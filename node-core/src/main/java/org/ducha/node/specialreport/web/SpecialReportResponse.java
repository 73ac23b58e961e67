package org.ducha.node.specialreport.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ducha.node.specialreport.Instruction;
import org.ducha.node.specialreport.ItemFacts;
import org.ducha.node.specialreport.ReadReceipt;
import org.ducha.node.specialreport.SpecialReport;
import org.ducha.node.specialreport.SpecialReportStatus;
import org.ducha.node.specialreport.SpecialReportView;

/**
 * A special report as the API answers it.
 *
 * @param id id
 * @param title title
 * @param text text
 * @param status DRAFT, SUBMITTED, READ or INSTRUCTED
 * @param draftedBy the composing supervisor's name
 * @param draftedAt when composed
 * @param submittedAt when submitted
 * @param items the cited records with their current facts (absent from a list)
 * @param receipts who read it, when
 * @param instructions the leaders' instructions and the tasks they became
 */
record SpecialReportResponse(UUID id, String title, String text, SpecialReportStatus status, String draftedBy,
		Instant draftedAt, Instant submittedAt, List<ItemFacts> items, List<ReadReceiptResponse> receipts,
		List<InstructionResponse> instructions) {

	static SpecialReportResponse of(SpecialReportView view) {
		return of(view.report(), view.facts());
	}

	static SpecialReportResponse summary(SpecialReport report) {
		return of(report, null);
	}

	private static SpecialReportResponse of(SpecialReport r, List<ItemFacts> facts) {
		return new SpecialReportResponse(r.id(), r.title(), r.text(), r.status(), r.draftedByName(), r.draftedAt(),
				r.submittedAt(), facts, r.receipts().stream().map(ReadReceiptResponse::of).toList(),
				r.instructions().stream().map(InstructionResponse::of).toList());
	}

	/**
	 * A read receipt.
	 *
	 * @param reader the leader's name
	 * @param readAt when first read
	 */
	record ReadReceiptResponse(String reader, Instant readAt) {

		static ReadReceiptResponse of(ReadReceipt receipt) {
			return new ReadReceiptResponse(receipt.readerName(), receipt.readAt());
		}

	}

	/**
	 * An instruction.
	 *
	 * @param id id
	 * @param text what the leader wrote
	 * @param leader the leader's name
	 * @param instructedAt when
	 * @param taskId the task it became, if any
	 * @param taskBy who registered that task
	 */
	record InstructionResponse(UUID id, String text, String leader, Instant instructedAt, String taskId,
			String taskBy) {

		static InstructionResponse of(Instruction i) {
			return new InstructionResponse(i.id(), i.text(), i.leaderName(), i.instructedAt(), i.taskId(), i.taskBy());
		}

	}

}
