package org.ducha.node.report.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.report.AttachmentChoice;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress reports on assignments.
 */
@RestController
class ReportController {

	private final Reporting reporting;

	ReportController(Reporting reporting) {
		this.reporting = reporting;
	}

	@PostMapping("/api/v1/assignments/{id}/reports")
	ResponseEntity<ReportResponse> report(@PathVariable String id, @Valid @RequestBody ReportRequest request,
			@AuthenticationPrincipal Actor actor) {
		ProgressReport report = this.reporting.report(id, request.toContent(), request.attachmentChoices(), actor);
		return ResponseEntity.created(URI.create("/api/v1/assignments/" + id + "/reports/" + report.getId()))
			.body(ReportResponse.of(report));
	}

	@GetMapping("/api/v1/tasks/{id}/reports")
	List<ReportResponse> ofTask(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.reporting.ofTask(id, actor).stream().map(ReportResponse::of).toList();
	}

	/**
	 * Body of a report (三(一)).
	 *
	 * @param percentComplete 0 to 100
	 * @param progress major progress and important situations
	 * @param dissemination 传达学习情况
	 * @param measures 政策措施
	 * @param effects 实施效果
	 * @param practices 典型做法
	 * @param difficulties 困难问题
	 * @param suggestions 意见建议
	 * @param attachments files uploaded before ({@code POST /api/v1/attachments}), by
	 * hash
	 */
	record ReportRequest(@Min(0) @Max(100) int percentComplete, @NotBlank @Size(max = 20000) String progress,
			@Size(max = 20000) String dissemination, @Size(max = 20000) String measures,
			@Size(max = 20000) String effects, @Size(max = 20000) String practices,
			@Size(max = 20000) String difficulties, @Size(max = 20000) String suggestions,
			@Size(max = 50) List<@Valid AttachmentRequest> attachments) {

		ReportContent toContent() {
			return new ReportContent(this.percentComplete, this.progress, this.dissemination, this.measures,
					this.effects, this.practices, this.difficulties, this.suggestions);
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
	 * An attachment of a report.
	 *
	 * @param sha256 its hash, as {@code POST /api/v1/attachments} answered
	 * @param name the file name the report shows (optional: the uploaded one)
	 */
	record AttachmentRequest(@NotBlank @Size(max = 64) String sha256, @Size(max = 200) String name) {
	}

	/**
	 * An attachment of a report, downloadable at {@code GET
	 * /api/v1/attachments/{sha256}}.
	 *
	 * @param sha256 its hash
	 * @param name file name
	 * @param size bytes
	 * @param contentType media type
	 */
	record AttachmentResponse(String sha256, String name, long size, String contentType) {

		static AttachmentResponse of(ReportAttachment attachment) {
			return new AttachmentResponse(attachment.sha256(), attachment.name(), attachment.size(),
					attachment.contentType());
		}

	}

	/**
	 * A report.
	 *
	 * @param id id
	 * @param assignmentId its assignment
	 * @param taskId its task
	 * @param unitCode reporting unit
	 * @param reportedBy who wrote it
	 * @param reportedAt when
	 * @param content what it says
	 * @param attachments the files it references
	 */
	record ReportResponse(String id, String assignmentId, String taskId, String unitCode, String reportedBy,
			Instant reportedAt, ReportContent content, List<AttachmentResponse> attachments) {

		static ReportResponse of(ProgressReport report) {
			return new ReportResponse(report.getId(), report.getAssignmentId(), report.getTaskId(),
					report.getUnitCode(), report.getReportedBy(), report.getReportedAt(), report.content(),
					report.attachments().stream().map(AttachmentResponse::of).toList());
		}

	}

}
