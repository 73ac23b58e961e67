package org.ducha.node.federation.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ducha.node.api.PageResponse;
import org.ducha.node.federation.LinkOperations;
import org.ducha.node.federation.LinkStatus;
import org.ducha.node.federation.LinkStatusReader;
import org.ducha.node.federation.QuarantinedEntry;
import org.ducha.node.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Link status and operator actions (sysadmin only, enforced by the filter chain).
 */
@RestController
class LinkController {

	private final LinkStatusReader status;

	private final LinkOperations operations;

	LinkController(LinkStatusReader status, LinkOperations operations) {
		this.status = status;
		this.operations = operations;
	}

	@GetMapping("/api/v1/federation/links")
	List<LinkStatus> links() {
		return this.status.all();
	}

	/**
	 * The entries set aside on a link, at either end (docs/protocol.md §8.3), newest
	 * first.
	 */
	@GetMapping("/api/v1/federation/links/{peer}/quarantine")
	PageResponse<QuarantinedEntry> quarantine(@PathVariable String peer,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		this.operations.requireLink(peer);
		LinkStatusReader.QuarantinePage found = this.status.quarantined(peer, page, size);
		return new PageResponse<>(found.items(), found.page(), found.size(), found.total());
	}

	@PostMapping("/api/v1/federation/links/{peer}/pause")
	ResponseEntity<Void> pause(@PathVariable String peer, @AuthenticationPrincipal Actor actor) {
		this.operations.pause(peer, actor.subject());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/v1/federation/links/{peer}/resume")
	ResponseEntity<Void> resume(@PathVariable String peer, @AuthenticationPrincipal Actor actor) {
		this.operations.resume(peer, actor.subject());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/v1/federation/links/{peer}/resync")
	ResponseEntity<Void> resync(@PathVariable String peer, @AuthenticationPrincipal Actor actor) {
		this.operations.resync(peer, actor.subject());
		return ResponseEntity.accepted().build();
	}

}
