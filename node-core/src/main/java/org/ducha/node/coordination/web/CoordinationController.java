package org.ducha.node.coordination.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.alert.CoordinationReport;
import org.ducha.node.coordination.Coordination;
import org.ducha.node.coordination.CoordinationOutcome;
import org.ducha.node.coordination.CoordinationStatus;
import org.ducha.node.coordination.Coordinations;
import org.ducha.node.coordination.NewCoordination;
import org.ducha.node.coordination.WrittenReport;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordination on a LEAD assignment: record and list attempts, see whether a written
 * report is owed, file it.
 */
@RestController
class CoordinationController {

	private final Coordinations coordinations;

	CoordinationController(Coordinations coordinations) {
		this.coordinations = coordinations;
	}

	@GetMapping("/api/v1/assignments/{id}/coordinations")
	List<CoordinationResponse> list(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.coordinations.of(id, actor).stream().map(CoordinationResponse::of).toList();
	}

	@PostMapping("/api/v1/assignments/{id}/coordinations")
	ResponseEntity<CoordinationResponse> record(@PathVariable String id, @Valid @RequestBody CoordinationBody body,
			@AuthenticationPrincipal Actor actor) {
		Coordination recorded = this.coordinations.record(id, body.toAttempt(), actor);
		return ResponseEntity.created(URI.create("/api/v1/assignments/" + id + "/coordinations"))
			.body(CoordinationResponse.of(recorded));
	}

	@GetMapping("/api/v1/assignments/{id}/coordination-status")
	CoordinationStatus status(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
		return this.coordinations.status(id, actor);
	}

	@PostMapping("/api/v1/assignments/{id}/coordination-report")
	ResponseEntity<WrittenReport> report(@PathVariable String id, @Valid @RequestBody ReportBody body,
			@AuthenticationPrincipal Actor actor) {
		WrittenReport report = this.coordinations.report(id,
				new CoordinationReport(body.process(), body.reasons(), body.suggestions()), actor);
		return ResponseEntity.created(URI.create("/api/v1/alerts/" + report.alertId())).body(report);
	}

	/**
	 * Body of a coordination attempt.
	 *
	 * @param date when it took place, yyyy-MM-dd, not in the future
	 * @param withUnits the units coordinated with (unit codes)
	 * @param matter what was to be coordinated
	 * @param outcome RESOLVED or UNRESOLVED
	 * @param notes remarks, if any
	 */
	record CoordinationBody(@NotNull LocalDate date,
			@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> withUnits,
			@NotBlank @Size(max = 5000) String matter, @NotNull CoordinationOutcome outcome,
			@Size(max = 5000) String notes) {

		NewCoordination toAttempt() {
			return new NewCoordination(this.date, this.withUnits, this.matter, this.outcome, this.notes);
		}

	}

	/**
	 * Body of the written report (二(一)); each part is required.
	 *
	 * @param process how coordination went (协调经过)
	 * @param reasons why it failed (未果原因)
	 * @param suggestions opinions and suggestions (意见建议)
	 */
	record ReportBody(@NotBlank @Size(max = 20000) String process, @NotBlank @Size(max = 20000) String reasons,
			@NotBlank @Size(max = 20000) String suggestions) {
	}

	/**
	 * A coordination attempt.
	 *
	 * @param id id
	 * @param assignmentId the LEAD assignment
	 * @param taskId its task
	 * @param unitCode the lead unit
	 * @param date when it took place
	 * @param withUnits the units coordinated with
	 * @param matter what was to be coordinated
	 * @param outcome RESOLVED or UNRESOLVED
	 * @param notes remarks
	 * @param recordedBy who recorded it
	 * @param recordedAt when
	 */
	record CoordinationResponse(String id, String assignmentId, String taskId, String unitCode, LocalDate date,
			List<String> withUnits, String matter, String outcome, String notes, String recordedBy,
			Instant recordedAt) {

		static CoordinationResponse of(Coordination coordination) {
			return new CoordinationResponse(coordination.getId(), coordination.getAssignmentId(),
					coordination.getTaskId(), coordination.getUnitCode(), coordination.getCoordinatedOn(),
					coordination.getWithUnits(), coordination.getMatter(), coordination.getOutcome().name(),
					coordination.getNotes(), coordination.getRecordedBy(), coordination.getRecordedAt());
		}

	}

}
