package org.ducha.node.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.audit.AuditChainVerification;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.audit.ChainVerdict;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, for the auditor alone (三员分立; enforced by the filter chain).
 */
@RestController
class AuditController {

	private final AuditTrail trail;

	private final AuditChainVerification verification;

	AuditController(AuditTrail trail, AuditChainVerification verification) {
		this.trail = trail;
		this.verification = verification;
	}

	@GetMapping("/api/v1/audit")
	PageResponse<AuditRecord> trail(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new PageResponse<>(this.trail.page(page, size), page, size, this.trail.count());
	}

	/** Walks the whole hash chain: intact, or where and how it first breaks. */
	@GetMapping("/api/v1/audit/verify")
	VerificationResponse verify() {
		return VerificationResponse.of(this.verification.verify());
	}

	/**
	 * The verdict on the chain: {@code intact}, how many {@code records} were found
	 * intact, the last intact one's sequence and hash; when broken, the first broken
	 * sequence (when the break is at a place), its kind and what was found.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VerificationResponse(boolean intact, long records, long lastSequence, String lastHash,
			Long firstBrokenSequence, String kind, String problem) {

		static VerificationResponse of(ChainVerdict verdict) {
			return new VerificationResponse(verdict.intact(), verdict.records(), verdict.lastSequence(),
					verdict.lastHash(), verdict.firstBrokenSequence(),
					(verdict.kind() != null) ? verdict.kind().name() : null, verdict.problem());
		}

	}

}
