package org.ducha.node.alert.web;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertDirection;
import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertFilter;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.AlertPage;
import org.ducha.node.alert.AlertStatus;
import org.ducha.node.alert.CoordinationReport;
import org.ducha.node.alert.Alerting;
import org.ducha.node.api.PageResponse;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts both ways: raise, list (filtered by direction, kind, status, task), read, sign
 * for with an optional reply note.
 */
@RestController
class AlertController {

	private final Alerting alerting;

	AlertController(Alerting alerting) {
		this.alerting = alerting;
	}

	@PostMapping("/api/v1/alerts")
	ResponseEntity<AlertResponse> raise(@Valid @RequestBody RaiseAlertRequest request,
			@AuthenticationPrincipal Actor actor) {
		Alert alert = this.alerting.raise(request.toDraft(), actor);
		return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert.getId())).body(AlertResponse.of(alert));
	}

	@GetMapping("/api/v1/alerts")
	PageResponse<AlertResponse> list(@RequestParam(required = false) AlertDirection direction,
			@RequestParam(required = false) AlertKind kind, @RequestParam(required = false) AlertStatus status,
			@RequestParam(required = false) @Size(max = 36) String taskId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal Actor actor) {
		AlertFilter filter = new AlertFilter(direction, kind, status,
				(taskId == null || taskId.isBlank()) ? null : taskId);
		AlertPage result = this.alerting.list(actor, filter, page, size);
		return PageResponse.of(result.items(), result.page(), result.size(), result.total(), AlertResponse::of);
	}

	@GetMapping("/api/v1/alerts/{id}")
	AlertResponse get(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return AlertResponse.of(this.alerting.get(id, actor));
	}

	@PostMapping("/api/v1/alerts/{id}/acknowledge")
	AlertResponse acknowledge(@PathVariable String id, @RequestBody(required = false) @Valid AcknowledgeRequest request,
			@AuthenticationPrincipal Actor actor) {
		String note = (request != null) ? request.note() : null;
		return AlertResponse.of(this.alerting.acknowledge(id, note, actor));
	}

	/**
	 * Body of {@code POST /api/v1/alerts}.
	 *
	 * @param kind PROMPT or URGE (down); RISK, DIFFICULTY, COORDINATION_REQUEST or
	 * POLICY_PROPOSAL (up)
	 * @param toNode receiving node
	 * @param toUnit receiving unit, if not the government as a whole
	 * @param taskId the task concerned, if any
	 * @param assignmentId the assignment concerned, if any
	 * @param title short title
	 * @param message the text
	 */
	record RaiseAlertRequest(@NotNull AlertKind kind, @NotBlank @Size(max = 16) String toNode,
			@Size(max = 64) String toUnit, @Size(max = 36) String taskId, @Size(max = 36) String assignmentId,
			@NotBlank @Size(max = 500) String title, @Size(max = 20000) String message) {

		AlertDraft toDraft() {
			return new AlertDraft(this.kind, this.toNode, blankToNull(this.toUnit), blankToNull(this.taskId),
					blankToNull(this.assignmentId), this.title, this.message);
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

	}

	/**
	 * Body of a signing.
	 *
	 * @param note an optional remark
	 */
	record AcknowledgeRequest(@Size(max = 1000) String note) {
	}

	/**
	 * An alert.
	 *
	 * @param id id
	 * @param direction DOWN or UP
	 * @param kind what it is about
	 * @param fromNode sender node
	 * @param fromUnit sender unit
	 * @param toNode recipient node
	 * @param toUnit recipient unit
	 * @param taskId the task concerned
	 * @param assignmentId the assignment concerned
	 * @param title title
	 * @param message text
	 * @param raisedBy who raised it
	 * @param raisedAt when
	 * @param status OPEN, ESCALATED (at the recipient's node: unsigned past its limit) or
	 * ACKNOWLEDGED
	 * @param acknowledgedBy who signed for it
	 * @param acknowledgedAt when
	 * @param note the recipient's reply when signing, if any
	 * @param escalatedAt when it escalated unsigned (at the recipient's node), or null
	 * @param coordinationReport the written coordination report it files, or null
	 */
	record AlertResponse(String id, String direction, String kind, String fromNode, String fromUnit, String toNode,
			String toUnit, String taskId, String assignmentId, String title, String message, String raisedBy,
			Instant raisedAt, String status, String acknowledgedBy, Instant acknowledgedAt, String note,
			Instant escalatedAt, CoordinationReport coordinationReport) {

		static AlertResponse of(Alert alert) {
			return new AlertResponse(alert.getId(), alert.getDirection().name(), alert.getKind().name(),
					alert.getFromNode(), alert.getFromUnit(), alert.getToNode(), alert.getToUnit(), alert.getTaskId(),
					alert.getAssignmentId(), alert.getTitle(), alert.getMessage(), alert.getRaisedBy(),
					alert.getRaisedAt(), alert.getStatus().name(), alert.getAcknowledgedBy(), alert.getAcknowledgedAt(),
					alert.getNote(), alert.getEscalatedAt(), alert.getCoordinationReport());
		}

	}

}
