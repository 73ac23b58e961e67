package org.ducha.node.inspection.finding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a finding into a rectification requirement (整改要求) for a unit of this node's
 * subtree, due a number of working days after today by the working-day calendar
 * (docs/business-rules.md, "Calendar"). A requirement for a unit below travels to the
 * unit's node, so it is refused while the plan is unannounced and not yet carried out.
 */
@Service
public class RectificationRequiring {

	static final int MAX_WORKING_DAYS = 250;

	private final FindingStore findings;

	private final FindingScope scope;

	private final Units units;

	private final WorkingCalendar calendar;

	private final RectificationPublication publication;

	private final NodeIdentity self;

	private final Clock clock;

	RectificationRequiring(FindingStore findings, FindingScope scope, Units units, WorkingCalendar calendar,
			RectificationPublication publication, NodeIdentity self, Clock clock) {
		this.findings = findings;
		this.scope = scope;
		this.units = units;
		this.calendar = calendar;
		this.publication = publication;
		this.self = self;
		this.clock = clock;
	}

	/**
	 * Requires a unit to rectify what a finding found.
	 * @throws InvalidRequestException for an unknown unit, a missing requirement or a
	 * number of working days out of range
	 * @throws org.ducha.node.problem.ConflictException naming the plan's state when it is
	 * not approved yet, or unannounced and not carried out
	 */
	@Transactional
	public Rectification require(String findingId, String unitCode, String requirement, int workingDays, Actor actor) {
		Finding finding = this.findings.find(findingId).orElseThrow(() -> FindingScope.findingNotFound(findingId));
		try {
			this.scope.planToRead(finding.planId(), actor);
		}
		catch (NotFoundException ex) {
			// out of the caller's sight, a finding answers as a missing one, naming no
			// plan
			throw FindingScope.findingNotFound(findingId);
		}
		this.scope.planToIssueOn(finding.planId(), actor);
		Unit unit = this.units.find(unitCode)
			.orElseThrow(() -> new InvalidRequestException(
					"unitCode: no unit " + unitCode + " in the subtree of " + this.self.name()));
		if (requirement == null || requirement.isBlank()) {
			throw new InvalidRequestException("requirement: what the unit must rectify");
		}
		if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
			throw new InvalidRequestException("workingDays: between 1 and " + MAX_WORKING_DAYS);
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
		LocalDate deadline = this.calendar.addWorkingDays(today, workingDays).date();
		Rectification rectification = new Rectification(Ids.newId(), finding.id(), finding.planId(), this.self.code(),
				1, unit.code(), unit.name(), finding.content(), requirement.trim(), workingDays, deadline, actor.name(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), List.of(), List.of(), null, null);
		this.publication.issued(rectification, actor.subject());
		return rectification;
	}

}
