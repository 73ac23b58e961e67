package org.ducha.node.contribution.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.contribution.Contributing;
import org.ducha.node.contribution.Contribution;
import org.ducha.node.contribution.ContributionAttachment;
import org.ducha.node.contribution.ContributionContent;
import org.ducha.node.report.AttachmentChoice;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Co-units' contributions to the lead unit's report (协办材料, docs/business-rules.md §6.8):
 * a co-unit contributes on its assignment; an assignment's contributions are, for a
 * lead's, those passed on to it, for a co-unit's, its own.
 */
@RestController
class ContributionController {

	private final Contributing contributing;

	ContributionController(Contributing contributing) {
		this.contributing = contributing;
	}

	@PostMapping("/api/v1/assignments/{id}/contributions")
	ResponseEntity<ContributionResponse> contribute(@PathVariable String id,
			@Valid @RequestBody ContributionRequest request, @AuthenticationPrincipal Actor actor) {
		Contribution contribution = this.contributing.contribute(id, request.toContent(), request.attachmentChoices(),
				actor);
		return ResponseEntity
			.created(URI.create("/api/v1/assignments/" + id + "/contributions/" + contribution.getId()))
			.body(ContributionResponse.of(contribution));
	}

	@GetMapping("/api/v1/assignments/{id}/contributions")
	List<ContributionResponse> of(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.contributing.of(id, actor).stream().map(ContributionResponse::of).toList();
	}

	/**
	 * Body of a contribution: the report's content fields (三(一)).
	 *
	 * @param progress major progress and important situations
	 * @param dissemination 传达学习情况
	 * @param measures 政策措施
	 * @param effects 实施效果
	 * @param practices 典型做法
	 * @param difficulties 困难问题
	 * @param suggestions 意见建议
	 * @param attachments files uploaded before ({@code POST /api/v1/attachments})
	 */
	record ContributionRequest(@NotBlank @Size(max = 20000) String progress, @Size(max = 20000) String dissemination,
			@Size(max = 20000) String measures, @Size(max = 20000) String effects, @Size(max = 20000) String practices,
			@Size(max = 20000) String difficulties, @Size(max = 20000) String suggestions,
			@Size(max = 50) List<@Valid AttachmentRequest> attachments) {

		ContributionContent toContent() {
			return new ContributionContent(this.progress, this.dissemination, this.measures, this.effects,
					this.practices, this.difficulties, this.suggestions);
		}

		List<AttachmentChoice> attachmentChoices() {
			if (this.attachments == null) {
				return List.of();
			}
			return this.attachments.stream()
				.map((a) -> (a != null) ? new AttachmentChoice(a.sha256(), a.name()) : null)
				.toList();
		}

	}

	/**
	 * An attachment of a contribution.
	 *
	 * @param sha256 its hash, as {@code POST /api/v1/attachments} answered
	 * @param name the file name the contribution shows (optional: the uploaded one)
	 */
	record AttachmentRequest(@NotBlank @Size(max = 64) String sha256, @Size(max = 200) String name) {
	}

	/**
	 * A contribution.
	 *
	 * @param id id
	 * @param assignmentId the co-unit's assignment
	 * @param taskId its task
	 * @param unitCode the co-unit
	 * @param slotOrdinal the due slot it fills (the lead's of the same position is the
	 * period it is for); null for none
	 * @param slotLabel that slot's label
	 * @param contributedBy who wrote it
	 * @param contributedAt when
	 * @param content what it says
	 * @param attachments the files it references
	 * @param leadAssignmentId the lead assignment the issuer passed it on to; null where
	 * that is not known
	 * @param forwardedAt when the issuer passed it on
	 */
	record ContributionResponse(String id, String assignmentId, String taskId, String unitCode, Integer slotOrdinal,
			String slotLabel, String contributedBy, Instant contributedAt, ContributionContent content,
			List<AttachmentResponse> attachments, String leadAssignmentId, Instant forwardedAt) {

		static ContributionResponse of(Contribution c) {
			Contribution.Slot slot = c.slot();
			return new ContributionResponse(c.getId(), c.getAssignmentId(), c.getTaskId(), c.getUnitCode(),
					(slot != null) ? slot.ordinal() : null, (slot != null) ? slot.label() : null, c.getContributedBy(),
					c.getContributedAt(), c.content(), c.attachments().stream().map(AttachmentResponse::of).toList(),
					c.getLeadAssignmentId(), c.getForwardedAt());
		}

	}

	/**
	 * An attachment of a contribution, downloadable at {@code GET
	 * /api/v1/attachments/{sha256}} once its bytes are at the node.
	 *
	 * @param sha256 its hash
	 * @param name file name
	 * @param size bytes
	 * @param contentType media type
	 */
	record AttachmentResponse(String sha256, String name, long size, String contentType) {

		static AttachmentResponse of(ContributionAttachment attachment) {
			return new AttachmentResponse(attachment.sha256(), attachment.name(), attachment.size(),
					attachment.contentType());
		}

	}

}
