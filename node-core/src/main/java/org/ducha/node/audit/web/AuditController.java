package org.ducha.node.audit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, for the auditor alone (三员分立; enforced by the filter chain).
 */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit")
	PageResponse<AuditRecord> trail(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new PageResponse<>(this.trail.page(page, size), page, size, this.trail.count());
	}

}
