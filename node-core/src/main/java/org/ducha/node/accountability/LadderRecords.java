package org.ducha.node.accountability;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.api.PageResponse;
import org.ducha.node.people.ChargeTerm;
import org.ducha.node.people.PeopleInCharge;
import org.ducha.node.people.Person;
import org.ducha.node.people.UnitAccess;
import org.ducha.node.people.UnitPeople;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the ladder within what the caller may see: this node's proposals, a step, a
 * unit's and a person's record (every step known here, wherever it was issued).
 */
@Service
@Transactional(readOnly = true)
public class LadderRecords {

	private final ProposalStore proposals;

	private final StepStore steps;

	private final LadderScope scope;

	private final UnitAccess units;

	private final PeopleInCharge people;

	LadderRecords(ProposalStore proposals, StepStore steps, LadderScope scope, UnitAccess units,
			PeopleInCharge people) {
		this.proposals = proposals;
		this.steps = steps;
		this.scope = scope;
		this.units = units;
		this.people = people;
	}

	/**
	 * A page of this node's proposals with one of the statuses, the newest first.
	 * @throws ForbiddenException unless the caller is a supervisor or leader of this node
	 * or of one above it
	 */
	public PageResponse<Proposal> proposals(Collection<ProposalStatus> statuses, int page, int size, Actor actor) {
		if (!this.scope.readsProposals(actor)) {
			throw new ForbiddenException("The ladder's proposals are read by supervisors and leaders");
		}
		return new PageResponse<>(this.proposals.page(statuses, size, (long) page * size), page, size,
				this.proposals.count(statuses));
	}

	public Proposal proposal(String id, Actor actor) {
		this.scope.requireProposalReader(actor, id);
		return this.proposals.find(id).orElseThrow(() -> new NotFoundException("No ladder proposal " + id));
	}

	/**
	 * A page of every step held here, the latest first.
	 * @throws ForbiddenException unless the caller reads the whole subtree
	 */
	public PageResponse<StepRecord> steps(int page, int size, Actor actor) {
		if (!this.units.readsWholeSubtree(actor)) {
			throw new ForbiddenException("The ladder's steps are listed for supervisors and leaders; "
					+ "a unit's people read their unit's record");
		}
		return new PageResponse<>(this.steps.page(size, (long) page * size).stream().map(this::record).toList(), page,
				size, this.steps.count());
	}

	public StepRecord step(String id, Actor actor) {
		LadderStep step = this.steps.find(id).orElseThrow(() -> LadderScope.notFound(id));
		this.scope.requireStepReader(actor, step);
		return record(step);
	}

	/** A unit's record, if the caller may see the unit and it is known here. */
	public UnitRecord unit(String unitCode, Actor actor) {
		this.units.requireVisible(unitCode, actor);
		List<LadderStep> about = this.steps.aboutUnit(unitCode);
		String name = this.people.unitName(unitCode)
			.or(() -> about.stream().findFirst().map(LadderStep::unitName))
			.orElseThrow(() -> UnitAccess.notFound(unitCode));
		return new UnitRecord(unitCode, name, counts(about), about.stream().map(this::record).toList());
	}

	/** A person's record, if the caller may see the person's unit. */
	public PersonRecord person(String personId, Actor actor) {
		Optional<Person> person = this.people.person(personId);
		List<LadderStep> about = this.steps.aboutPerson(personId);
		String unitCode = person.map(Person::unitCode)
			.or(() -> about.stream().findFirst().map(LadderStep::unitCode))
			.orElseThrow(() -> notFound(personId));
		if (!this.units.sees(unitCode, actor)) {
			throw notFound(personId);
		}
		Optional<UnitPeople> unit = this.people.find(unitCode);
		List<ChargeTerm> terms = unit.map((u) -> u.termsOf(personId)).orElse(List.of());
		String unitName = unit.map(UnitPeople::unitName).orElse(about.isEmpty() ? unitCode : about.get(0).unitName());
		return new PersonRecord(personId,
				person.map(Person::name).orElseGet(() -> about.isEmpty() ? null : about.get(0).personName()),
				person.map(Person::title).orElse(null), unitCode, unitName, terms, counts(about),
				about.stream().map(this::record).toList());
	}

	private StepRecord record(LadderStep step) {
		if (step.kind() != StepKind.NOTICE) {
			return new StepRecord(step, List.of(), null);
		}
		List<RectificationReport> reports = this.steps.reports(step.id());
		return new StepRecord(step, reports, RectificationState.of(step, reports));
	}

	private static Map<StepKind, Long> counts(List<LadderStep> steps) {
		Map<StepKind, Long> counts = new EnumMap<>(StepKind.class);
		for (StepKind kind : StepKind.values()) {
			counts.put(kind, steps.stream().filter((step) -> step.kind() == kind).count());
		}
		return counts;
	}

	private static NotFoundException notFound(String personId) {
		return new NotFoundException("No person " + personId);
	}

}
