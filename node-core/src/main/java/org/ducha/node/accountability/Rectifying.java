package org.ducha.node.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.people.ChargeRole;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.people.Person;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.IllegalTransitionException;
import org.ducha.node.time.Ids;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows an issued step: the unit reports its rectification against a notice, at
 * its own node; the notice's issuer accepts the latest report or sends it back with a
 * reason; after a criticism the issuer records the principal leader's explanation and
 * commitment at the executive meeting. Each decision is taken once.
 */
@Service
public class Rectifying {

	private final StepStore steps;

	private final LadderScope scope;

	private final StepPublication publication;

	private final PeopleInCharge people;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rectifying(StepStore steps, LadderScope scope, StepPublication publication, PeopleInCharge people, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.scope = scope;
		this.publication = publication;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The unit reports its rectification against a notice.
	 * @throws IllegalTransitionException when the step is no notice, is rectified
	 * already, or its latest report still waits for a decision
	 */
	@Transactional
	public RectificationReport report(String stepId, String content, Actor actor) {
		LadderStep step = this.steps.lock(stepId).orElseThrow(() -> LadderScope.notFound(stepId));
		this.scope.requireUnitOf(actor, step);
		if (step.kind() != StepKind.NOTICE) {
			throw new IllegalTransitionException(
					"Step " + stepId + " is a " + step.kind().label() + "; rectification is reported against a notice");
		}
		RectificationState state = RectificationState.of(step, this.steps.reports(stepId));
		if (state == RectificationState.ACCEPTED || state == RectificationState.REPORTED) {
			throw new IllegalTransitionException(
					"The rectification of notice " + stepId + " is " + state + ((state == RectificationState.REPORTED)
							? ": its latest report waits for the issuer's decision" : " already"));
		}
		if (content == null || content.isBlank()) {
			throw new InvalidRequestException("content: what was rectified");
		}
		RectificationReport report = new RectificationReport(Ids.newId(), stepId, step.unitCode(), content.trim(),
				actor.name(), now());
		this.steps.insertReport(report);
		this.audit.recordWithChange(AuditCategory.BUSINESS, "RECTIFICATION_REPORTED", actor.subject(), null,
				"report " + report.id() + " on notice " + stepId + " of unit " + step.unitCode());
		this.events.publishEvent(new RectificationFiled(report));
		return report;
	}

	/** The issuer accepts the latest rectification report. */
	@Transactional
	public LadderStep accept(String stepId, String remark, Actor actor) {
		return decide(stepId, true, remark, actor);
	}

	/**
	 * The issuer sends the latest rectification report back with a reason.
	 * @throws InvalidRequestException without a reason
	 */
	@Transactional
	public LadderStep returnReport(String stepId, String reason, Actor actor) {
		return decide(stepId, false, reason, actor);
	}

	private LadderStep decide(String stepId, boolean accepted, String reason, Actor actor) {
		LadderStep step = this.steps.lock(stepId).orElseThrow(() -> LadderScope.notFound(stepId));
		this.scope.requireIssuerOf(actor, step);
		List<RectificationReport> reports = this.steps.reports(stepId);
		if (RectificationState.of(step, reports) != RectificationState.REPORTED) {
			throw new IllegalTransitionException("No rectification report of notice " + stepId
					+ " waits for a decision (" + RectificationState.of(step, reports) + ")");
		}
		if (!accepted && (reason == null || reason.isBlank())) {
			throw new InvalidRequestException("reason: why the rectification is sent back");
		}
		RectificationReport latest = reports.get(reports.size() - 1);
		LadderStep decided = step.decided(new RectificationDecision(latest.id(), accepted,
				(reason != null && !reason.isBlank()) ? reason.trim() : null, actor.name(), now()));
		this.publication.restated(decided, actor.subject(),
				accepted ? "RECTIFICATION_ACCEPTED" : "RECTIFICATION_RETURNED", "report " + latest.id());
		return decided;
	}

	/**
	 * The principal leader's explanation and commitment at the executive meeting, after a
	 * criticism.
	 * @throws InvalidRequestException when a part is missing or the meeting lies in the
	 * future or before the criticism
	 * @throws IllegalTransitionException when the step is no criticism, or it was
	 * recorded already
	 */
	@Transactional
	public LadderStep explain(String stepId, LocalDate meetingDate, String explanation, String commitment,
			Actor actor) {
		LadderStep step = this.steps.lock(stepId).orElseThrow(() -> LadderScope.notFound(stepId));
		this.scope.requireIssuerOf(actor, step);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
		if (meetingDate == null || meetingDate.isAfter(today) || meetingDate.isBefore(step.issuedOn())) {
			throw new InvalidRequestException("meetingDate: the executive meeting's day, between the criticism ("
					+ step.issuedOn() + ") and today");
		}
		if (explanation == null || explanation.isBlank() || commitment == null || commitment.isBlank()) {
			throw new InvalidRequestException("explanation, commitment: the principal leader's explanation (说明) "
					+ "and commitment to rectify (整改承诺)");
		}
		String principal = this.people.holderOn(step.unitCode(), ChargeRole.PRINCIPAL, meetingDate)
			.map(Person::name)
			.orElse(null);
		LadderStep explained = step.explained(new MeetingExplanation(meetingDate, principal, explanation.trim(),
				commitment.trim(), actor.name(), now()));
		this.publication.restated(explained, actor.subject(), "CRITICISM_EXPLAINED", "meeting of " + meetingDate);
		return explained;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
