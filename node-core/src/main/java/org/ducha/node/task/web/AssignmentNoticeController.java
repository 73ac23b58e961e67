package org.ducha.node.task.web;

import org.ducha.node.document.DocumentDownloads;
import org.ducha.node.document.DocumentFormat;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.document.OfficialDocuments;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervision notice (督办通知单) of an assignment as Word or PDF, for whoever may read
 * the assignment; one they may not read is not found. The download is audited as a read
 * that matters (docs/security.md, "Audit").
 */
@RestController
class AssignmentNoticeController {

	private final Tasks tasks;

	private final Units units;

	private final OfficialDocuments documents;

	AssignmentNoticeController(Tasks tasks, Units units, OfficialDocuments documents) {
		this.tasks = tasks;
		this.units = units;
		this.documents = documents;
	}

	@GetMapping("/api/v1/assignments/{id}/notice")
	ResponseEntity<byte[]> notice(@PathVariable String id, @RequestParam(required = false) String format,
			@AuthenticationPrincipal Actor actor) {
		DocumentFormat chosen = DocumentFormat.named(format);
		Assignment assignment = this.tasks.visibleAssignment(id, actor);
		Task task = this.tasks.task(assignment.getTaskId());
		OfficialDocument notice = SupervisionNotice.of(task, this.tasks.describe(assignment), this::organ, this::name);
		return DocumentDownloads.of(notice, chosen, this.documents.render(notice, chosen),
				SupervisionNotice.fileName(task, name(assignment.getUnitCode())));
	}

	private String name(String unitCode) {
		return this.units.find(unitCode).map(Unit::name).orElse(unitCode);
	}

	private String organ(String unitCode) {
		return this.units.find(unitCode)
			.map((unit) -> OfficialDocument.organOf(unit.name(), unit.government()))
			.orElse(unitCode);
	}

}
