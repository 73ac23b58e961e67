package org.ducha.node.reminder.web;

import java.util.Optional;

import org.ducha.node.document.DocumentDownloads;
import org.ducha.node.document.DocumentFormat;
import org.ducha.node.document.OfficialDocument;
import org.ducha.node.document.OfficialDocuments;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.Urging;
import org.ducha.node.security.Actor;
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
 * The urging notice (催办单) of a reminder as Word or PDF, for whoever may read the
 * reminders of its assignment; another is not found. The download is audited as a read
 * that matters (docs/security.md, "Audit").
 */
@RestController
class UrgingNoticeController {

	private final Urging urging;

	private final Tasks tasks;

	private final Units units;

	private final OfficialDocuments documents;

	UrgingNoticeController(Urging urging, Tasks tasks, Units units, OfficialDocuments documents) {
		this.urging = urging;
		this.tasks = tasks;
		this.units = units;
		this.documents = documents;
	}

	@GetMapping("/api/v1/reminders/{id}/notice")
	ResponseEntity<byte[]> notice(@PathVariable String id, @RequestParam(required = false) String format,
			@AuthenticationPrincipal Actor actor) {
		DocumentFormat chosen = DocumentFormat.named(format);
		Reminder reminder = this.urging.get(id, actor);
		Optional<Task> task = this.tasks.findTask(reminder.taskId());
		String unit = this.units.find(reminder.toUnit()).map(Unit::name).orElse(reminder.toUnit());
		String from = (reminder.fromUnit() != null) ? reminder.fromUnit() : reminder.fromNode();
		String organ = this.units.find(from)
			.map((u) -> OfficialDocument.organOf(u.name(), u.government()))
			.orElse(from);
		OfficialDocument notice = UrgingNotice.of(reminder, task.map(Task::getTitle).orElse(null),
				task.map(Task::getNumber).orElse(null), organ, unit);
		return DocumentDownloads.of(notice, chosen, this.documents.render(notice, chosen),
				UrgingNotice.fileName(reminder, unit));
	}

}
