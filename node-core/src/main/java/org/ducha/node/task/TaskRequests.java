package org.ducha.node.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Component;

/**
 * Checks what a caller asks of a task, field by field, and names every problem at once.
 */
@Component
class TaskRequests {

	private final Units units;

	private final NodeIdentity self;

	private final Clock clock;

	TaskRequests(Units units, NodeIdentity self, Clock clock) {
		this.units = units;
		this.self = self;
		this.clock = clock;
	}

	/**
	 * Checks a draft.
	 * @throws InvalidRequestException naming each field that is wrong
	 */
	void checkDraft(TaskContent content, List<IssueTask.Assignee> assignees, String issuingUnit) {
		throwIfAny(draftProblems(content, assignees, issuingUnit));
	}

	/** The problems of a draft, one per field; empty when it can be issued as it is. */
	List<String> draftProblems(TaskContent content, List<IssueTask.Assignee> assignees, String issuingUnit) {
		List<String> problems = new ArrayList<>();
		if (content == null || content.title() == null || content.title().isBlank()) {
			problems.add("title: a task needs a title");
		}
		if (content == null || content.source() == null) {
			problems.add("source: a task needs its source");
		}
		if (content == null || content.type() == null) {
			problems.add("type: a task needs its type");
		}
		if (content != null && content.deadline() != null) {
			deadlineProblem(content.deadline()).ifPresent(problems::add);
		}
		else if (content == null || content.source() != TaskSource.LEADER_INSTRUCTION) {
			problems.add("deadline: a task needs a deadline (only a leader instruction may leave it to its urgency)");
		}
		if (content != null) {
			problems.addAll(SourceRecords.problems(content, today()));
		}
		problems.addAll(assigneeProblems(assignees, issuingUnit));
		return problems;
	}

	/**
	 * Checks the responsible person an assignee's unit names when it signs.
	 * @return the person, of the assigned unit when they name none; null when none is
	 * named
	 * @throws InvalidRequestException when the person is incomplete or of another unit
	 */
	ResponsiblePerson checkSigner(ResponsiblePerson person, String assignedUnit) {
		if (person == null) {
			return null;
		}
		throwIfAny(personProblems(person, assignedUnit, "responsible"));
		return person.ofUnitIfUnnamed(assignedUnit);
	}

	private List<String> personProblems(ResponsiblePerson person, String assignedUnit, String field) {
		List<String> problems = new ArrayList<>();
		if (person.name() == null || person.name().isBlank()) {
			problems.add(field + ".name: a responsible person is named");
		}
		else if (person.name().length() > ResponsiblePerson.MAX_NAME) {
			problems.add(field + ".name: at most " + ResponsiblePerson.MAX_NAME + " characters");
		}
		if (person.post() != null && person.post().length() > ResponsiblePerson.MAX_NAME) {
			problems.add(field + ".post: at most " + ResponsiblePerson.MAX_NAME + " characters");
		}
		if (person.phone() != null && person.phone().length() > ResponsiblePerson.MAX_PHONE) {
			problems.add(field + ".phone: at most " + ResponsiblePerson.MAX_PHONE + " characters");
		}
		if (!person.ofUnitIfUnnamed(assignedUnit).belongsTo(assignedUnit)) {
			problems.add(field + ".unitCode: a person of unit " + person.unitCode() + " cannot answer for unit "
					+ assignedUnit + " (责任人须为本单位人员)");
		}
		return problems;
	}

	private List<String> assigneeProblems(List<IssueTask.Assignee> assignees, String issuingUnit) {
		List<String> problems = new ArrayList<>();
		if (assignees == null || assignees.isEmpty()) {
			problems.add("assignees: a task is handed to at least one unit");
			return problems;
		}
		long leads = assignees.stream().filter((a) -> a != null && a.role() == AssignmentRole.LEAD).count();
		if (leads != 1) {
			problems.add("assignees: a task has exactly one lead unit, not " + leads);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < assignees.size(); i++) {
			IssueTask.Assignee assignee = assignees.get(i);
			String field = "assignees[" + i + "]";
			if (assignee == null || assignee.unitCode() == null || assignee.role() == null) {
				problems.add(field + ": every assignee needs a unit and a role");
				continue;
			}
			if (!seen.add(assignee.unitCode())) {
				problems.add(field + ".unitCode: unit " + assignee.unitCode() + " is named twice");
				continue;
			}
			Optional<Unit> unit = this.units.find(assignee.unitCode());
			if (unit.isEmpty()) {
				problems.add(field + ".unitCode: Unknown unit: " + assignee.unitCode() + " (a department of "
						+ this.self.code() + " or a government below it)");
			}
			else if (unit.get().code().equals(issuingUnit) || unit.get().code().equals(this.self.code())) {
				problems.add(field + ".unitCode: a task cannot be handed to its issuer " + unit.get().code());
			}
			else if (assignee.responsible() != null) {
				problems.addAll(issuerNamedProblems(assignee, field));
			}
		}
		return problems;
	}

	/**
	 * The issuer names a responsible person only for a department of its own node; a
	 * government below names its own when it signs.
	 */
	private List<String> issuerNamedProblems(IssueTask.Assignee assignee, String field) {
		if (assignee.unitCode().indexOf(':') < 0 || !Unit.nodeOf(assignee.unitCode()).equals(this.self.code())) {
			return List.of(field + ".responsible: unit " + assignee.unitCode() + " is not a department of "
					+ this.self.code() + "; it names its own responsible person when it signs");
		}
		return personProblems(assignee.responsible(), assignee.unitCode(), field + ".responsible");
	}

	/**
	 * Checks a revision.
	 * @throws InvalidRequestException naming each field that is wrong
	 */
	void checkRevision(ReviseTask change) {
		List<String> problems = new ArrayList<>();
		if (change.title() != null && change.title().isBlank()) {
			problems.add("title: a task needs a title");
		}
		if (change.deadline() != null) {
			deadlineProblem(change.deadline()).ifPresent(problems::add);
		}
		reasonProblem(change.reason(), "a revision").ifPresent(problems::add);
		throwIfAny(problems);
	}

	/**
	 * Checks that a transition states its reason.
	 * @param what the transition, e.g. {@code a withdrawal}
	 */
	void checkReason(String reason, String what) {
		throwIfAny(reasonProblem(reason, what).stream().toList());
	}

	private static Optional<String> reasonProblem(String reason, String what) {
		return (reason == null || reason.isBlank()) ? Optional.of("reason: " + what + " states its reason")
				: Optional.empty();
	}

	private Optional<String> deadlineProblem(LocalDate deadline) {
		return deadline.isBefore(today()) ? Optional.of("deadline: the deadline " + deadline + " has passed")
				: Optional.empty();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

	private static void throwIfAny(List<String> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(String.join("; ", problems));
		}
	}

}
