package org.ducha.node.task.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.attachment.ChosenAttachment;
import org.ducha.node.task.LeaderInstruction;
import org.ducha.node.task.ResponsiblePerson;
import org.ducha.node.task.Urgency;

/**
 * The parts of request bodies that state the seed's records: a leader's instruction, a
 * responsible person, an attachment picked for a record.
 */
final class SourceRecordRequests {

	private SourceRecordRequests() {
	}

	/**
	 * A leader's instruction (领导批示).
	 *
	 * @param leader 批示人
	 * @param date 批示日期
	 * @param text 批示内容
	 * @param proposal 拟办意见
	 * @param urgency URGENT, NORMAL (when absent) or DIFFICULT
	 */
	record InstructionRequest(@Size(max = 128) String leader, LocalDate date, @Size(max = 20000) String text,
			@Size(max = 20000) String proposal, Urgency urgency) {

		LeaderInstruction toRecord() {
			return new LeaderInstruction(blankToNull(this.leader), this.date, blankToNull(this.text),
					blankToNull(this.proposal), this.urgency);
		}

	}

	/**
	 * A responsible person (责任人) as the unit states them.
	 *
	 * @param name the name
	 * @param post 职务
	 * @param phone a phone
	 * @param unitCode the unit they belong to; absent: the assigned unit
	 */
	record PersonRequest(@Size(max = 64) String name, @Size(max = 64) String post, @Size(max = 32) String phone,
			@Size(max = 64) String unitCode) {

		ResponsiblePerson toPerson() {
			return new ResponsiblePerson((this.name != null) ? this.name.strip() : null, blankToNull(this.post),
					blankToNull(this.phone), blankToNull(this.unitCode));
		}

	}

	/**
	 * An attachment uploaded before ({@code POST /api/v1/attachments}).
	 *
	 * @param sha256 its hash, as the upload answered
	 * @param name the file name the record shows; absent: the uploaded one
	 */
	record AttachmentRequest(@NotBlank @Size(max = 64) String sha256, @Size(max = 200) String name) {
	}

	static List<ChosenAttachment> chosen(List<AttachmentRequest> attachments) {
		return (attachments != null) ? attachments.stream()
			.map((a) -> (a != null) ? new ChosenAttachment(a.sha256(), a.name()) : null)
			.toList() : List.of();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
