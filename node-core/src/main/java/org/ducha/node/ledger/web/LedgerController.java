package org.ducha.node.ledger.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.node.ledger.ImportedTask;
import org.ducha.node.ledger.Ledger;
import org.ducha.node.ledger.LedgerFile;
import org.ducha.node.ledger.TaskListImport;
import org.ducha.node.security.Actor;
import org.ducha.node.task.TaskFilter;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.web.TaskListParameters;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * The ledger (台账): the caller's task list as a workbook, the import template, and the
 * import of a task list. The workbook is complete before the first byte is sent, so a
 * failure still answers with a problem document.
 */
@RestController
class LedgerController {

	private final Ledger ledger;

	private final TaskListImport importing;

	LedgerController(Ledger ledger, TaskListImport importing) {
		this.ledger = ledger;
		this.importing = importing;
	}

	/**
	 * The ledger of what {@code GET /api/v1/tasks} shows the caller, with the same
	 * filters.
	 */
	@GetMapping("/api/v1/tasks/ledger.xlsx")
	void ledger(@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) TaskSource source,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String light,
			@RequestParam(required = false) String q, @RequestParam(required = false) LocalDate deadlineFrom,
			@RequestParam(required = false) LocalDate deadlineTo, @AuthenticationPrincipal Actor actor,
			HttpServletResponse response) throws IOException {
		TaskFilter filter = TaskListParameters.filter(status, source, unitCode, light, q, deadlineFrom, deadlineTo);
		send(this.ledger.export(actor, filter), response);
	}

	@GetMapping("/api/v1/tasks/import-template.xlsx")
	void template(@AuthenticationPrincipal Actor actor, HttpServletResponse response) throws IOException {
		send(this.importing.template(actor), response);
	}

	@PostMapping("/api/v1/tasks/import")
	ResponseEntity<ImportResponse> importTasks(@RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal Actor actor) throws IOException {
		List<ImportedTask> created = this.importing.importTasks(file.getInputStream(), file.getSize(), actor);
		return ResponseEntity.created(URI.create("/api/v1/tasks")).body(ImportResponse.of(created));
	}

	private static void send(LedgerFile file, HttpServletResponse response) throws IOException {
		try (file) {
			response.setContentType(LedgerFile.CONTENT_TYPE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			file.writeTo(response.getOutputStream());
		}
	}

	/** An ASCII name for old clients and the Chinese one by RFC 5987 / RFC 6266. */
	static String contentDisposition(LedgerFile file) {
		return "attachment; filename=\"" + file.asciiFilename() + "\"; filename*=UTF-8''"
				+ UriUtils.encode(file.filename(), StandardCharsets.UTF_8);
	}

	/**
	 * The answer to an import.
	 *
	 * @param count how many tasks were created
	 * @param created each task with the row it came from
	 */
	record ImportResponse(int count, List<ImportedTask> created) {

		static ImportResponse of(List<ImportedTask> created) {
			return new ImportResponse(created.size(), created);
		}

	}

}
