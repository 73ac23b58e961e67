package org.ducha.node.report.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.report.AttachmentChoice;
import org.ducha.node.report.ProgressReport;
import org.ducha.node.report.ReportAttachment;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.ReportLinks;
import org.ducha.node.report.ReportReturn;
import org.ducha.node.report.ReportReturning;
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
 * Progress reports on assignments, and the issuer's returns of them.
 */
@RestController
class ReportController {

	private final Reporting reporting;

	private final ReportReturning returning;

	ReportController(Reporting reporting, ReportReturning returning) {
		this.reporting = reporting;
		this.returning = returning;
	}

	@PostMapping("/api/v1/assignments/{id}/reports")
	ResponseEntity<ReportResponse> report(@PathVariable String id, @Valid @RequestBody ReportRequest request,
			@AuthenticationPrincipal Actor actor) {
		ProgressReport report = this.reporting.report(id, request.toContent(), request.attachmentChoices(),
				new ReportLinks(request.answers(), request.contributions()), actor);
		return ResponseEntity.created(URI.create("/api/v1/assignments/" + id + "/reports/" + report.getId()))
			.body(ReportResponse.of(report, null));
	}

	@GetMapping("/api/v1/tasks/{id}/reports")
	List<ReportResponse> ofTask(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		List<ProgressReport> reports = this.reporting.ofTask(id, actor);
		Map<String, ReportReturn> returns = this.returning
			.returnsOf(reports.stream().map(ProgressReport::getId).toList());
		return reports.stream().map((report) -> ReportResponse.of(report, returns.get(report.getId()))).toList();
	}

	/**
	 * The issuer returns an unsatisfactory report (退回): 409 once it is accepted or
	 * returned already (docs/business-rules.md §11.2).
	 */
	@PostMapping("/api/v1/reports/{id}/return")
	ReturnResponse returnReport(@PathVariable String id, @Valid @RequestBody ReturnRequest request,
			@AuthenticationPrincipal Actor actor) {
		return ReturnResponse.of(this.returning.returnReport(id, request.reason(), actor));
	}

	/**
	 * Why a report is returned.
	 *
	 * @param reason what is unsatisfactory, at most 2000 characters
	 */
	record ReturnRequest(@Size(max = 2000) String reason) {
	}

	/**
	 * An issuer's return of a report.
	 *
	 * @param returnedAt when
	 * @param returnedBy who
	 * @param reason what is unsatisfactory
	 * @param answeredBy the resubmission, once made
	 */
	record ReturnResponse(Instant returnedAt, String returnedBy, String reason, String answeredBy) {

		static ReturnResponse of(ReportReturn returned) {
			return (returned != null) ? new ReturnResponse(returned.returnedAt(), returned.returnedBy(),
					returned.reason(), returned.answeredBy()) : null;
		}

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
	 * @param answers the returned report this one submits again (重新报送), when one waits
	 * @param contributions the co-units' contributions a lead unit's report sums up, by
	 * id
	 */
	record ReportRequest(@Min(0) @Max(100) int percentComplete, @NotBlank @Size(max = 20000) String progress,
			@Size(max = 20000) String dissemination, @Size(max = 20000) String measures,
			@Size(max = 20000) String effects, @Size(max = 20000) String practices,
			@Size(max = 20000) String difficulties, @Size(max = 20000) String suggestions,
			@Size(max = 50) List<@Valid AttachmentRequest> attachments, @Size(max = 36) String answers,
			@Size(max = 200) List<@NotBlank @Size(max = 36) String> contributions) {

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
	 * @param answers the returned report it submits again; null for none
	 * @param contributions the co-units' contributions it sums up, by id
	 * @param returned the issuer's return of it, when returned
	 */
	record ReportResponse(String id, String assignmentId, String taskId, String unitCode, String reportedBy,
			Instant reportedAt, ReportContent content, List<AttachmentResponse> attachments, String answers,
			List<String> contributions, ReturnResponse returned) {

		static ReportResponse of(ProgressReport report, ReportReturn returned) {
			return new ReportResponse(report.getId(), report.getAssignmentId(), report.getTaskId(),
					report.getUnitCode(), report.getReportedBy(), report.getReportedAt(), report.content(),
					report.attachments().stream().map(AttachmentResponse::of).toList(), report.links().answers(),
					report.links().summarised(), ReturnResponse.of(returned));
		}

	}

}
