package org.ducha.node.specialreport;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.api.PageResponse;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of this node's special reports: a supervisor composes (every cited record
 * checked to be in the supervisor's scope), edits and submits; a leader reads (a receipt)
 * and instructs. Every change is audited; a step the report's state does not allow is a
 * conflict naming the state.
 */
@Service
public class SpecialReporting {

	private final SpecialReportStore reports;

	private final SpecialReportScope scope;

	private final CitedFacts facts;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final Clock clock;

	SpecialReporting(SpecialReportStore reports, SpecialReportScope scope, CitedFacts facts, NodeIdentity self,
			AuditTrail audit, Clock clock) {
		this.reports = reports;
		this.scope = scope;
		this.facts = facts;
		this.self = self;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A supervisor composes a draft citing records in their scope.
	 * @throws org.ducha.node.problem.NotFoundException when a cited record is missing or
	 * out of the supervisor's scope
	 */
	@Transactional
	public SpecialReportView compose(String title, String text, List<ItemReference> items, Actor actor) {
		this.scope.requireComposer(actor);
		SpecialReport report = SpecialReport.compose(UUID.randomUUID(), this.self.code(), title, text, items,
				actor.subject(), actor.name(), now());
		List<ItemFacts> cited = report.items().stream().map((item) -> this.facts.require(item, actor)).toList();
		this.reports.insert(report);
		audit(report, actor, "SPECIAL_REPORT_COMPOSED", report.items().size() + " records cited");
		return new SpecialReportView(this.reports.find(report.id()).orElseThrow(), cited);
	}

	/** A supervisor edits the draft. */
	@Transactional
	public SpecialReportView revise(UUID id, String title, String text, List<ItemReference> items, Actor actor) {
		SpecialReport report = report(id);
		this.scope.requireStep(report, actor, Role.SUPERVISOR, "修改");
		SpecialReport revised = report.revised(title, text, items);
		List<ItemFacts> cited = revised.items().stream().map((item) -> this.facts.require(item, actor)).toList();
		SpecialReport saved = this.reports.update(revised);
		audit(saved, actor, "SPECIAL_REPORT_REVISED", revised.items().size() + " records cited");
		return new SpecialReportView(saved, cited);
	}

	/** A supervisor submits the draft to the node's leaders. */
	@Transactional
	public SpecialReportView submit(UUID id, Actor actor) {
		SpecialReport report = report(id);
		this.scope.requireStep(report, actor, Role.SUPERVISOR, "报送");
		SpecialReport saved = this.reports.update(report.submitted(now()));
		audit(saved, actor, "SPECIAL_REPORT_SUBMITTED", null);
		return view(saved, actor);
	}

	/** A leader reads it: the first read of each leader is kept as a receipt. */
	@Transactional
	public SpecialReportView read(UUID id, Actor actor) {
		SpecialReport report = report(id);
		this.scope.requireStep(report, actor, Role.LEADER, "阅读");
		SpecialReport read = report.readBy(actor.subject(), actor.name(), now());
		if (read == report) {
			return view(report, actor);
		}
		SpecialReport saved = this.reports.update(read);
		audit(saved, actor, "SPECIAL_REPORT_READ", "read receipt of " + actor.name());
		return view(saved, actor);
	}

	/** A leader who read it records an instruction (批示). */
	@Transactional
	public SpecialReportView instruct(UUID id, String text, Actor actor) {
		SpecialReport report = report(id);
		this.scope.requireStep(report, actor, Role.LEADER, "批示");
		Instruction instruction = new Instruction(UUID.randomUUID(), (text != null) ? text.strip() : null,
				actor.subject(), actor.name(), now(), null, null);
		SpecialReport saved = this.reports.update(report.instructed(instruction));
		audit(saved, actor, "SPECIAL_REPORT_INSTRUCTED", "instruction " + instruction.id() + " by " + actor.name());
		return view(saved, actor);
	}

	/** One report the caller may see, with the current facts of what it cites. */
	@Transactional(readOnly = true)
	public SpecialReportView get(UUID id, Actor actor) {
		SpecialReport report = report(id);
		this.scope.requireReader(report, actor);
		return view(report, actor);
	}

	/**
	 * A page of the reports the caller sees, newest first: a supervisor's include drafts.
	 */
	@Transactional(readOnly = true)
	public PageResponse<SpecialReport> list(int page, int size, Actor actor) {
		this.scope.requireAudience(actor);
		EnumSet<SpecialReportStatus> statuses = EnumSet.allOf(SpecialReportStatus.class);
		if (!actor.has(Role.SUPERVISOR)) {
			statuses.remove(SpecialReportStatus.DRAFT);
		}
		List<SpecialReportStatus> shown = List.copyOf(statuses);
		return new PageResponse<>(this.reports.page(shown, size, (long) page * size), page, size,
				this.reports.count(shown));
	}

	SpecialReport report(UUID id) {
		return this.reports.find(id).orElseThrow(() -> SpecialReportScope.notFound(id.toString()));
	}

	SpecialReportView view(SpecialReport report, Actor actor) {
		return new SpecialReportView(report,
				report.items().stream().map((item) -> this.facts.of(item, actor)).toList());
	}

	void audit(SpecialReport report, Actor actor, String action, String detail) {
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor.subject(), null,
				"special report " + report.id() + " '" + report.title() + "', now " + report.status()
						+ ((detail != null) ? ": " + detail : ""));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
