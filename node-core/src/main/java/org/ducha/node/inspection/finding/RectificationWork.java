package org.ducha.node.inspection.finding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.attachment.ChosenAttachment;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a requirement: the unit reports its rectification at its own node; the
 * issuer verifies the report on site (核查), makes return visits (回访) and closes it. Each
 * step checks the requirement's state and is audited.
 */
@Service
public class RectificationWork {

	static final int MAX_ATTACHMENTS = 20;

	private final RectificationStore store;

	private final FindingScope scope;

	private final RectificationPublication publication;

	private final Attachments attachments;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RectificationWork(RectificationStore store, FindingScope scope, RectificationPublication publication,
			Attachments attachments, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.publication = publication;
		this.attachments = attachments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The unit reports its rectification, with attachments.
	 * @throws org.ducha.node.task.IllegalTransitionException naming the state unless it
	 * waits for a report
	 */
	@Transactional
	public UnitReport report(String id, String content, List<ChosenAttachment> chosen, Actor actor) {
		Rectification rectification = locked(id);
		this.scope.requireUnitOf(rectification, actor);
		rectification.requireReportable(this.store.reports(id));
		String what = required(content, "content", "what was rectified, and how");
		List<AttachmentRef> refs = this.attachments.referable(chosen, MAX_ATTACHMENTS, "A rectification report", actor);
		UnitReport report = new UnitReport(Ids.newId(), id, rectification.unitCode(), what, refs, actor.name(), now());
		this.store.insertReport(report);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "RECTIFICATION_REQUIREMENT_REPORTED", actor.subject(), null,
				"report " + report.id() + " on " + RectificationPublication.describe(rectification) + " with "
						+ refs.size() + " attachments");
		this.events.publishEvent(new UnitReportFiled(report, rectification.issuingNode()));
		return report;
	}

	/** The issuer's on-site verification of the latest report. */
	@Transactional
	public RectificationDetail verify(String id, boolean confirmed, String notes, Actor actor) {
		Rectification rectification = locked(id);
		this.scope.requireIssuerOf(rectification, actor);
		List<UnitReport> reports = this.store.reports(id);
		Rectification verified = rectification.verified(reports, confirmed,
				required(notes, "notes", "what the verification found on site"), actor.name(), now());
		this.publication.restated(verified, actor.subject(), "RECTIFICATION_VERIFIED",
				(confirmed ? "facts confirmed" : "facts not confirmed") + " for report "
						+ Rectification.latest(reports).id());
		return RectificationDetail.of(verified, reports);
	}

	/** A return visit after a confirmed verification. */
	@Transactional
	public RectificationDetail visit(String id, VisitRecord visit, Actor actor) {
		Rectification rectification = locked(id);
		this.scope.requireIssuerOf(rectification, actor);
		List<UnitReport> reports = this.store.reports(id);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
		if (visit.visitedOn() == null || visit.visitedOn().isAfter(today)) {
			throw new InvalidRequestException("visitedOn: the day of the return visit, today or before");
		}
		UnitReport latest = Rectification.latest(reports);
		ReturnVisit recorded = new ReturnVisit(Ids.newId(), (latest != null) ? latest.id() : "", visit.visitedOn(),
				visit.factsClear(), visit.complete(),
				required(visit.grassrootsSaid(), "grassrootsSaid", "what the grassroots said (基层反映)"),
				required(visit.publicSaid(), "publicSaid", "what the public said (群众反映)"), actor.name(), now());
		Rectification visited = rectification.visited(reports, recorded);
		this.publication.restated(visited, actor.subject(), "RECTIFICATION_VISITED",
				"return visit on " + visit.visitedOn() + ": facts " + (visit.factsClear() ? "clear" : "not clear")
						+ ", rectification " + (visit.complete() ? "complete" : "not complete"));
		return RectificationDetail.of(visited, reports);
	}

	/** Closes it after a confirmed verification and a return visit showing completion. */
	@Transactional
	public RectificationDetail close(String id, Actor actor) {
		Rectification rectification = locked(id);
		this.scope.requireIssuerOf(rectification, actor);
		List<UnitReport> reports = this.store.reports(id);
		Rectification closed = rectification.closed(reports, actor.name(), now());
		this.publication.restated(closed, actor.subject(), "RECTIFICATION_CLOSED", "closed");
		return RectificationDetail.of(closed, reports);
	}

	private Rectification locked(String id) {
		return this.store.lock(id).orElseThrow(() -> FindingScope.rectificationNotFound(id));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String required(String text, String field, String what) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException(field + ": " + what);
		}
		return text.trim();
	}

	/**
	 * What a return visit found.
	 *
	 * @param visitedOn the day of the visit
	 * @param factsClear whether the facts are clear
	 * @param complete whether the rectification is complete
	 * @param grassrootsSaid what the grassroots said
	 * @param publicSaid what the public said
	 */
	public record VisitRecord(LocalDate visitedOn, boolean factsClear, boolean complete, String grassrootsSaid,
			String publicSaid) {
	}

}
