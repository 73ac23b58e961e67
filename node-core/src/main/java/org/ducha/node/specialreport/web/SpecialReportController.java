package org.ducha.node.specialreport.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.api.PageResponse;
import org.ducha.node.document.DocumentDownloads;
import org.ducha.node.document.DocumentFormat;
import org.ducha.node.security.Actor;
import org.ducha.node.specialreport.InstructionTask;
import org.ducha.node.specialreport.InstructionTasks;
import org.ducha.node.specialreport.ItemKind;
import org.ducha.node.specialreport.ItemReference;
import org.ducha.node.specialreport.SpecialReport;
import org.ducha.node.specialreport.SpecialReportDocuments;
import org.ducha.node.specialreport.SpecialReporting;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskType;
import org.ducha.node.task.Urgency;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Special reports (专报): the list, one report, compose and edit the draft, submit, read (a
 * receipt), instruct (批示) and turn an instruction into a task.
 */
@RestController
@Validated
class SpecialReportController {

	private static final String BASE = "/api/v1/special-reports";

	private final SpecialReporting reporting;

	private final InstructionTasks tasks;

	private final SpecialReportDocuments documents;

	SpecialReportController(SpecialReporting reporting, InstructionTasks tasks, SpecialReportDocuments documents) {
		this.reporting = reporting;
		this.tasks = tasks;
		this.documents = documents;
	}

	@GetMapping(BASE)
	PageResponse<SpecialReportResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		PageResponse<SpecialReport> found = this.reporting.list(page, size, actor);
		return PageResponse.of(found.items(), found.page(), found.size(), found.total(),
				SpecialReportResponse::summary);
	}

	@GetMapping(BASE + "/{id}")
	SpecialReportResponse get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return SpecialReportResponse.of(this.reporting.get(id, actor));
	}

	@GetMapping(BASE + "/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
			@AuthenticationPrincipal Actor actor) {
		DocumentFormat chosen = DocumentFormat.named(format);
		SpecialReportDocuments.Rendered rendered = this.documents.render(id, chosen, actor);
		return DocumentDownloads.of(rendered.document(), chosen, rendered.bytes(), "专报-" + rendered.document().title());
	}

	@PostMapping(BASE)
	ResponseEntity<SpecialReportResponse> compose(@Valid @RequestBody ReportBody body,
			@AuthenticationPrincipal Actor actor) {
		SpecialReportResponse composed = SpecialReportResponse
			.of(this.reporting.compose(body.title(), body.text(), body.references(), actor));
		return ResponseEntity.created(URI.create(BASE + "/" + composed.id())).body(composed);
	}

	@PutMapping(BASE + "/{id}")
	SpecialReportResponse revise(@PathVariable UUID id, @Valid @RequestBody ReportBody body,
			@AuthenticationPrincipal Actor actor) {
		return SpecialReportResponse.of(this.reporting.revise(id, body.title(), body.text(), body.references(), actor));
	}

	@PostMapping(BASE + "/{id}/submit")
	SpecialReportResponse submit(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return SpecialReportResponse.of(this.reporting.submit(id, actor));
	}

	@PostMapping(BASE + "/{id}/read")
	SpecialReportResponse read(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return SpecialReportResponse.of(this.reporting.read(id, actor));
	}

	@PostMapping(BASE + "/{id}/instructions")
	ResponseEntity<SpecialReportResponse> instruct(@PathVariable UUID id, @Valid @RequestBody InstructionBody body,
			@AuthenticationPrincipal Actor actor) {
		return ResponseEntity.status(201)
			.body(SpecialReportResponse.of(this.reporting.instruct(id, body.text(), actor)));
	}

	@PostMapping(BASE + "/{id}/instructions/{instructionId}/task")
	ResponseEntity<TaskCreated> task(@PathVariable UUID id, @PathVariable UUID instructionId,
			@Valid @RequestBody TaskBody body, @AuthenticationPrincipal Actor actor) {
		Task task = this.tasks.turnIntoTask(id, instructionId, body.request(), actor);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.getId()))
			.body(new TaskCreated(task.getId(), task.getTitle(), task.getStatus().name()));
	}

	/**
	 * A special report as a supervisor writes it.
	 *
	 * @param title title
	 * @param text the text around the cited records
	 * @param items the records cited
	 */
	record ReportBody(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String text,
			@NotEmpty @Size(max = 50) List<@Valid @NotNull ItemBody> items) {

		List<ItemReference> references() {
			return this.items.stream().map((item) -> new ItemReference(item.kind(), item.id())).toList();
		}

	}

	/**
	 * A cited record.
	 *
	 * @param kind TASK, FINDING or REPORT
	 * @param id its id
	 */
	record ItemBody(@NotNull ItemKind kind, @NotBlank @Size(max = 64) String id) {
	}

	/**
	 * An instruction.
	 *
	 * @param text what the leader writes
	 */
	record InstructionBody(@NotBlank @Size(max = 20000) String text) {
	}

	/**
	 * The task an instruction becomes.
	 *
	 * @param title its title (the report's when empty)
	 * @param content what is to be done (the instruction's text when empty)
	 * @param type kind of supervision (ROUTINE when empty)
	 * @param urgency URGENT, NORMAL or DIFFICULT (NORMAL when empty)
	 * @param deadline final deadline (the default of its urgency when empty)
	 * @param leadUnit the unit that leads it
	 * @param coUnits the units that help
	 */
	record TaskBody(@Size(max = 300) String title, @Size(max = 20000) String content, TaskType type, Urgency urgency,
			LocalDate deadline, @NotBlank @Size(max = 64) String leadUnit,
			@Size(max = 50) List<@NotBlank @Size(max = 64) String> coUnits) {

		InstructionTask request() {
			return new InstructionTask(this.title, this.content, this.type, this.urgency, this.deadline, this.leadUnit,
					(this.coUnits != null) ? this.coUnits : List.of());
		}

	}

	/**
	 * The task registered from an instruction, a draft.
	 *
	 * @param taskId its id
	 * @param title its title
	 * @param status DRAFT
	 */
	record TaskCreated(String taskId, String title, String status) {
	}

}
