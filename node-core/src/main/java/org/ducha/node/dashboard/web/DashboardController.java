package org.ducha.node.dashboard.web;

import java.time.LocalDate;

import org.ducha.node.dashboard.ClaimOverdueList;
import org.ducha.node.dashboard.Dashboards;
import org.ducha.node.dashboard.OnTimeRates;
import org.ducha.node.dashboard.OverdueList;
import org.ducha.node.dashboard.Summary;
import org.ducha.node.dashboard.TaskFilter;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards: counts, on-time report rates, the overdue and claim-overdue lists. Who
 * sees what is the service's rule ({@link Dashboards}).
 */
@RestController
class DashboardController {

	private final Dashboards dashboards;

	DashboardController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/dashboard/summary")
	Summary summary(@RequestParam(required = false) String scope, @RequestParam(required = false) String source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal Actor actor) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidRequestException("Parameter 'from' (" + from + ") is after 'to' (" + to + ")");
		}
		TaskFilter filter = new TaskFilter(DashboardParameters.source(source), from, to);
		return this.dashboards.summary(actor, DashboardParameters.scope(scope), filter);
	}

	@GetMapping("/api/v1/dashboard/on-time-rate")
	OnTimeRates onTimeRate(@RequestParam(required = false) String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal Actor actor) {
		return this.dashboards.onTimeRates(actor, DashboardParameters.scope(scope), from, to,
				DashboardParameters.page(page), DashboardParameters.size(size));
	}

	@GetMapping("/api/v1/dashboard/claim-overdue")
	ClaimOverdueList claimOverdue(@RequestParam(required = false) String scope,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal Actor actor) {
		return this.dashboards.claimOverdue(actor, DashboardParameters.scope(scope), DashboardParameters.page(page),
				DashboardParameters.size(size));
	}

	@GetMapping("/api/v1/dashboard/overdue")
	OverdueList overdue(@RequestParam(required = false) String scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Actor actor) {
		return this.dashboards.overdue(actor, DashboardParameters.scope(scope), DashboardParameters.page(page),
				DashboardParameters.size(size));
	}

}
