package org.ducha.node.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.accountability.LadderRules.Finding;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.people.ChargeRole;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.people.Person;
import org.ducha.node.schedule.Schedules;
import org.ducha.node.time.Ids;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node proposes ladder steps from its record (docs/business-rules.md §17): a notice
 * for each assignment of its tasks seriously behind, an interview for each of its notices
 * whose rectification deadline passed unaccepted, a criticism for each of its interviews
 * that makes a person's count within the window reach the threshold, a commendation for
 * each unit whose past year on its tasks was without fault. Each proposal has a key, so
 * the job, run hourly and after relevant changes, never makes the same proposal twice;
 * one declined stays declined.
 */
@Service
public class Proposing {

	static final String SYSTEM = "system";

	private final SupervisedAssignments assignments;

	private final Schedules schedules;

	private final WorkingCalendar calendar;

	private final StepStore steps;

	private final ProposalStore proposals;

	private final PeopleInCharge people;

	private final LadderSettings settings;

	private final LadderRules rules;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final Clock clock;

	Proposing(SupervisedAssignments assignments, Schedules schedules, WorkingCalendar calendar, StepStore steps,
			ProposalStore proposals, PeopleInCharge people, LadderSettings settings, NodeIdentity self,
			AuditTrail audit, Clock clock) {
		this.assignments = assignments;
		this.schedules = schedules;
		this.calendar = calendar;
		this.steps = steps;
		this.proposals = proposals;
		this.people = people;
		this.settings = settings;
		this.rules = settings.rules();
		this.self = self;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes every proposal the record calls for now.
	 * @return how many were new
	 */
	@Transactional
	public int proposeDue() {
		LocalDate today = today();
		CalendarData days = this.calendar.data();
		return notices(today, days) + interviews(today) + criticisms(today) + commendations(today);
	}

	private int notices(LocalDate today, CalendarData days) {
		int made = 0;
		for (SupervisedAssignments.Open assignment : this.assignments.open(this.self.code())) {
			String key = "NOTICE:" + assignment.id();
			if (this.proposals.exists(key)) {
				continue;
			}
			Optional<Finding> finding = this.rules.behind(today, days, assignment.issued(), assignment.deadline(),
					assignment.percent(), this.schedules.of(assignment.id()));
			if (finding.isPresent()) {
				String unitName = unitName(assignment.unitCode());
				String reason = assignment.label() + unitName + "进度严重滞后：" + finding.get().reason();
				List<Basis> basis = List.of(new Basis(BasisKind.ASSIGNMENT, assignment.id(),
						assignment.label() + unitName + "：" + finding.get().reason()));
				LocalDate deadline = days.addWorkingDays(today, this.settings.rectificationWorkingDays()).date();
				made += propose(key, StepKind.NOTICE, assignment.unitCode(), null, null, reason, basis, deadline,
						SYSTEM);
			}
		}
		return made;
	}

	private int interviews(LocalDate today) {
		int made = 0;
		for (LadderStep notice : this.steps.noticesPastDeadline(this.self.code(), today)) {
			String key = "INTERVIEW:" + notice.id();
			if (notice.isRectified() || this.proposals.exists(key)) {
				continue;
			}
			String reason = "督查通知书（" + notice.issuedOn() + "）限期" + notice.rectificationDeadline() + "整改，期限已过，整改未经验收通过";
			List<Basis> basis = new ArrayList<>();
			basis.add(new Basis(BasisKind.STEP, notice.id(), label(notice)));
			basis.addAll(notice.basis());
			made += propose(key, StepKind.INTERVIEW, notice.unitCode(), null, null, reason, basis, null, SYSTEM);
		}
		return made;
	}

	private int criticisms(LocalDate today) {
		int made = 0;
		for (LadderStep interview : this.steps.issuedHere(this.self.code(), StepKind.INTERVIEW,
				today.minus(this.settings.interviewWindow()))) {
			made += criticismAfter(interview);
		}
		return made;
	}

	/**
	 * Proposes public criticism when an interview this node recorded makes its person's
	 * count within the window reach the threshold (every interview known here counts,
	 * wherever it was recorded).
	 * @return 1 when a proposal was made
	 */
	int criticismAfter(LadderStep interview) {
		String key = "CRITICISM:" + interview.id();
		if (interview.personId() == null || this.proposals.exists(key)) {
			return 0;
		}
		List<LadderStep> counted = this.rules.criticismBasis(interview, this.steps.interviewsOf(interview.personId()));
		if (counted.isEmpty()) {
			return 0;
		}
		String reason = interview.personName() + "（" + interview.unitName() + "）" + counted.get(0).issuedOn() + "至"
				+ interview.issuedOn() + "一年内被约谈" + counted.size() + "次；建议通报批评，并责成该单位主要负责人在政府常务会议上作出说明和整改承诺";
		List<Basis> basis = counted.stream().map((step) -> new Basis(BasisKind.STEP, step.id(), label(step))).toList();
		return propose(key, StepKind.CRITICISM, interview.unitCode(), interview.personId(), interview.personName(),
				reason, basis, null, SYSTEM);
	}

	private int commendations(LocalDate today) {
		if (!this.settings.commendation()) {
			return 0;
		}
		int year = today.getYear() - 1;
		int made = 0;
		for (String unit : this.assignments.unitsWithDeadlinesIn(this.self.code(), year)) {
			String key = "COMMENDATION:" + unit + ":" + year;
			if (this.proposals.exists(key)) {
				continue;
			}
			YearRecord record = this.assignments.year(this.self.code(), unit, year,
					this.steps.punitiveAbout(unit, year));
			if (this.rules.outstanding(record)) {
				String reason = year + "年度承办本级督办事项" + record.deadlines() + "项，均在期限内办结；" + record.reportsDue()
						+ "次进展报告全部按时报送；无问责记录";
				made += propose(key, StepKind.COMMENDATION, unit, null, null, unitName(unit) + reason,
						List.of(new Basis(BasisKind.NOTE, null, reason)), null, SYSTEM);
			}
		}
		return made;
	}

	/**
	 * Stores a proposal unless its key exists; the post's holder today is shown with it
	 * (the step counts against the holder on the day it is issued), a fixed person
	 * instead for a criticism.
	 * @return 1 when it was new
	 */
	int propose(String key, StepKind kind, String unitCode, String personId, String personName, String reason,
			List<Basis> basis, LocalDate deadline, String by) {
		Proposal proposal = proposal(key, kind, unitCode, kind.addresses(), personId, personName, reason, basis,
				deadline, by);
		return store(proposal) ? 1 : 0;
	}

	Proposal proposal(String key, StepKind kind, String unitCode, ChargeRole role, String personId, String personName,
			String reason, List<Basis> basis, LocalDate deadline, String by) {
		Optional<Person> holder = (personId != null) ? Optional.empty() : this.people.holderOn(unitCode, role, today());
		return Proposal.of(Ids.newId(), key, kind, unitCode, unitName(unitCode), role,
				(personId != null) ? personId : holder.map(Person::id).orElse(null),
				(personId != null) ? personName : holder.map(Person::name).orElse(null), personId != null, reason,
				basis, deadline, by, now());
	}

	boolean store(Proposal proposal) {
		if (!this.proposals.insertIfAbsent(proposal)) {
			return false;
		}
		this.audit.recordWithChange(AuditCategory.BUSINESS, "LADDER_PROPOSED", proposal.proposedBy(), null,
				proposal.kind() + " " + proposal.id() + " about unit " + proposal.unitCode() + ": "
						+ proposal.reason());
		return true;
	}

	/** The rectification deadline a notice proposes today. */
	LocalDate noticeDeadline() {
		return this.calendar.addWorkingDays(today(), this.settings.rectificationWorkingDays()).date();
	}

	String unitName(String unitCode) {
		return this.people.unitName(unitCode).orElse(unitCode);
	}

	/** How a step reads as the basis of another. */
	static String label(LadderStep step) {
		return step.kind().label() + " " + step.issuedOn() + "（" + step.issuingNode() + "，" + step.unitName()
				+ ((step.personName() != null) ? "，" + step.personName() : "") + "）";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
