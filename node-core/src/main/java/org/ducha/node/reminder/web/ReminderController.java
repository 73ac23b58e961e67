package org.ducha.node.reminder.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.Urge;
import org.ducha.node.reminder.Urging;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Urging an assignment by hand, and the reminders it received.
 */
@RestController
class ReminderController {

	private final Urging urging;

	ReminderController(Urging urging) {
		this.urging = urging;
	}

	@PostMapping("/api/v1/assignments/{id}/reminders")
	ResponseEntity<ReminderResponse> urge(@PathVariable String id, @Valid @RequestBody UrgeRequest request,
			@AuthenticationPrincipal Actor actor) {
		Reminder reminder = this.urging.urge(id, request.toUrge(), actor);
		return ResponseEntity.created(URI.create("/api/v1/assignments/" + id + "/reminders"))
			.body(ReminderResponse.of(reminder));
	}

	@GetMapping("/api/v1/assignments/{id}/reminders")
	List<ReminderResponse> list(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.urging.of(id, actor).stream().map(ReminderResponse::of).toList();
	}

	/**
	 * Body of an urging.
	 *
	 * @param title short title (optional)
	 * @param message what the supervisor says
	 * @param toUnitHead whether the unit head is told as well
	 */
	record UrgeRequest(@Size(max = 200) String title, @NotBlank @Size(max = 5000) String message, Boolean toUnitHead) {

		Urge toUrge() {
			return new Urge(this.title, this.message, Boolean.TRUE.equals(this.toUnitHead));
		}

	}

	/**
	 * A reminder.
	 *
	 * @param id id
	 * @param kind DUE_SOON, OVERDUE or MANUAL
	 * @param fromNode urging node
	 * @param fromUnit urging unit
	 * @param sentBy who sent it
	 * @param toNode the assignee's node
	 * @param toUnit the assignee unit
	 * @param taskId the task
	 * @param assignmentId the assignment
	 * @param title title
	 * @param message text
	 * @param dueDate the due date it is about
	 * @param escalate whether the unit head was told as well
	 * @param sentAt when
	 */
	record ReminderResponse(String id, String kind, String fromNode, String fromUnit, String sentBy, String toNode,
			String toUnit, String taskId, String assignmentId, String title, String message, LocalDate dueDate,
			boolean escalate, Instant sentAt) {

		static ReminderResponse of(Reminder reminder) {
			return new ReminderResponse(reminder.id(), reminder.kind().name(), reminder.fromNode(), reminder.fromUnit(),
					reminder.sentBy(), reminder.toNode(), reminder.toUnit(), reminder.taskId(), reminder.assignmentId(),
					reminder.title(), reminder.message(), reminder.dueDate(), reminder.escalate(), reminder.sentAt());
		}

	}

}
