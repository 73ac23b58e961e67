package org.ducha.node.accountability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.people.Person;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.Task;
import org.ducha.node.task.Tasks;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor of this node proposes a step by hand — typically marking serious
 * consequences or bad influence for a referral — about a unit of this node's subtree,
 * optionally resting on an assignment of one of its tasks. The proposal is then decided
 * like any other.
 */
@Service
public class ManualProposing {

	private final Proposing proposing;

	private final LadderScope scope;

	private final PeopleInCharge people;

	private final Tasks tasks;

	private final Directory directory;

	private final NodeIdentity self;

	private final WorkingCalendar calendar;

	ManualProposing(Proposing proposing, LadderScope scope, PeopleInCharge people, Tasks tasks, Directory directory,
			NodeIdentity self, WorkingCalendar calendar) {
		this.proposing = proposing;
		this.scope = scope;
		this.people = people;
		this.tasks = tasks;
		this.directory = directory;
		this.self = self;
		this.calendar = calendar;
	}

	/**
	 * @throws InvalidRequestException naming each field that is wrong: an unknown unit,
	 * an assignment of another unit or issuer, a person of another unit, a deadline in
	 * the past
	 */
	@Transactional
	public Proposal propose(ManualProposal request, Actor actor) {
		this.scope.requireSupervisorHere(actor);
		List<String> problems = new ArrayList<>();
		if (request.kind() == null) {
			problems.add("kind: NOTICE, INTERVIEW, CRITICISM, REFERRAL or COMMENDATION");
		}
		if (request.reason() == null || request.reason().isBlank()) {
			problems.add("reason: why the step is proposed");
		}
		String unit = request.unitCode();
		boolean known = unit != null && this.directory.isSelfOrBelow(Unit.nodeOf(unit))
				&& this.people.unitName(unit).isPresent();
		if (!known) {
			problems.add("unitCode: no unit " + unit + " of " + this.self.name() + " or below it");
		}
		List<Basis> basis = new ArrayList<>();
		if (request.assignmentId() != null && known) {
			Optional<Assignment> assignment = this.tasks.findAssignment(request.assignmentId());
			Optional<Task> task = assignment.flatMap((a) -> this.tasks.findTask(a.getTaskId()));
			if (task.isEmpty() || !task.get().getIssuingNode().equals(this.self.code())
					|| !assignment.get().getUnitCode().equals(unit)) {
				problems.add("assignmentId: no assignment " + request.assignmentId() + " of a task of "
						+ this.self.name() + " to unit " + unit);
			}
			else {
				basis.add(new Basis(BasisKind.ASSIGNMENT, request.assignmentId(),
						((task.get().getNumber() != null) ? task.get().getNumber() : "") + "《" + task.get().getTitle()
								+ "》" + this.proposing.unitName(unit)));
			}
		}
		Optional<Person> person = Optional.ofNullable(request.personId()).flatMap(this.people::person);
		if (request.personId() != null && known && (person.isEmpty() || !person.get().unitCode().equals(unit))) {
			problems.add("personId: person " + request.personId() + " is not recorded for unit " + unit);
		}
		if (request.kind() == StepKind.CRITICISM && request.personId() == null) {
			problems.add("personId: a public criticism names the person criticised");
		}
		if (request.rectificationDeadline() != null
				&& request.rectificationDeadline().isBefore(this.calendar.today())) {
			problems.add("rectificationDeadline: " + request.rectificationDeadline() + " lies in the past");
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(String.join("; ", problems));
		}
		String reason = request.reason().trim();
		basis.add(new Basis(BasisKind.NOTE, null, "督查员" + actor.name() + "标记：" + reason));
		Proposal proposal = this.proposing.proposal("MANUAL:" + Ids.newId(), request.kind(), unit,
				(request.role() != null) ? request.role() : request.kind().addresses(),
				person.map(Person::id).orElse(null), person.map(Person::name).orElse(null), reason, basis,
				(request.kind() == StepKind.NOTICE)
						? Optional.ofNullable(request.rectificationDeadline()).orElseGet(this.proposing::noticeDeadline)
						: null,
				actor.name());
		this.proposing.store(proposal);
		return proposal;
	}

}
