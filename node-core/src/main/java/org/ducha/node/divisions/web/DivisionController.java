package org.ducha.node.divisions.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.node.divisions.DivisionAdministration;
import org.ducha.node.divisions.DivisionRecord;
import org.ducha.node.divisions.Divisions;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The division registry: read by this node's system administrators, kept by the
 * province's (the filter chain admits only administrators of this node; the service, only
 * at the province).
 */
@RestController
class DivisionController {

	private final Divisions divisions;

	private final DivisionAdministration administration;

	DivisionController(Divisions divisions, DivisionAdministration administration) {
		this.divisions = divisions;
		this.administration = administration;
	}

	@GetMapping("/api/v1/admin/divisions")
	DivisionPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "200") @Min(1) @Max(1000) int size) {
		List<DivisionRecord> all = this.divisions.all();
		List<DivisionView> items = all.stream().skip((long) page * size).limit(size).map(DivisionView::of).toList();
		return new DivisionPage(this.divisions.version(), items, page, size, all.size());
	}

	@GetMapping("/api/v1/admin/divisions/{code}")
	DivisionView get(@PathVariable String code) {
		return this.divisions.record(code)
			.map(DivisionView::of)
			.orElseThrow(() -> new NotFoundException("Division " + code + " is not in the registry"));
	}

	@PutMapping("/api/v1/admin/divisions/{code}")
	DivisionView set(@PathVariable String code, @Valid @RequestBody DivisionRequest request,
			@AuthenticationPrincipal Actor actor) {
		return DivisionView
			.of(this.administration.set(code, request.name(), request.parentCode(), request.reason(), actor));
	}

	@DeleteMapping("/api/v1/admin/divisions/{code}")
	DivisionView retire(@PathVariable String code, @RequestParam @NotBlank @Size(max = 1000) String reason,
			@AuthenticationPrincipal Actor actor) {
		return DivisionView.of(this.administration.retire(code, reason, actor));
	}

	/**
	 * A page of the registry.
	 *
	 * @param version the registry's version at this node (0: as bundled)
	 * @param items the divisions, retired ones included, in code order
	 * @param page page number, from 0
	 * @param size page size
	 * @param total how many divisions there are
	 */
	record DivisionPage(long version, List<DivisionView> items, int page, int size, long total) {
	}

	/**
	 * A division.
	 *
	 * @param code its code
	 * @param name its name
	 * @param parentCode the division above it, null for the root
	 * @param retired whether its code is retired
	 * @param version the registry version that set it (0: bundled)
	 * @param reason why
	 * @param changedBy who set it
	 * @param changedAt when
	 */
	record DivisionView(String code, String name, String parentCode, boolean retired, long version, String reason,
			String changedBy, Instant changedAt) {

		static DivisionView of(DivisionRecord record) {
			return new DivisionView(record.code(), record.name(), record.parentCode(), record.retired(),
					record.version(), record.reason(), record.changedBy(), record.changedAt());
		}

	}

	/**
	 * A division as the province's administrator registers or changes it.
	 *
	 * @param name its name
	 * @param parentCode the division directly above it
	 * @param reason why (the State Council's approval, a renaming)
	 */
	record DivisionRequest(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 16) String parentCode,
			@NotBlank @Size(max = 1000) String reason) {
	}

}
