package org.ducha.node.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ducha.node.problem.ConflictException;
import org.ducha.node.problem.InvalidRequestException;

/**
 * The people in charge of one unit, as its own node states them: the people recorded for
 * it and who held each post from when to when. Every change makes a new revision; a copy
 * at a node above takes only a higher one.
 *
 * @param unitCode the unit
 * @param unitName its name
 * @param revision the unit's node's revision of these facts (0: nothing recorded yet)
 * @param statedAt when this revision was made
 * @param people the people recorded for the unit
 * @param terms every holding of a post, oldest first
 */
public record UnitPeople(String unitCode, String unitName, long revision, Instant statedAt, List<Person> people,
		List<ChargeTerm> terms) {

	public UnitPeople {
		people = List.copyOf(people);
		terms = terms.stream().sorted(Comparator.comparing(ChargeTerm::from)).toList();
	}

	/** A unit without anyone recorded. */
	public static UnitPeople none(String unitCode, String unitName) {
		return new UnitPeople(unitCode, unitName, 0, null, List.of(), List.of());
	}

	public Optional<Person> person(String personId) {
		return this.people.stream().filter((person) -> person.id().equals(personId)).findFirst();
	}

	/** The holding of a post on a day, if anyone held it. */
	public Optional<ChargeTerm> termOn(ChargeRole role, LocalDate date) {
		return this.terms.stream().filter((term) -> term.role() == role && term.holds(date)).findFirst();
	}

	/** Who held a post on a day. */
	public Optional<Person> holderOn(ChargeRole role, LocalDate date) {
		return termOn(role, date).flatMap((term) -> person(term.personId()));
	}

	/** The posts a person held, oldest first. */
	public List<ChargeTerm> termsOf(String personId) {
		return this.terms.stream().filter((term) -> term.personId().equals(personId)).toList();
	}

	/** Records a person for the unit. */
	UnitPeople withPerson(Person person, Instant at) {
		if (!person.unitCode().equals(this.unitCode)) {
			throw new InvalidRequestException(
					"person " + person.name() + " belongs to unit " + person.unitCode() + ", not " + this.unitCode);
		}
		List<Person> all = new ArrayList<>(this.people);
		all.add(person);
		return new UnitPeople(this.unitCode, this.unitName, this.revision + 1, at, all, this.terms);
	}

	/**
	 * Names a person of the unit to a post from a day: the holder before them holds it up
	 * to that day.
	 * @throws InvalidRequestException when the person is not recorded for this unit, or
	 * the day is not after the start of the current holding
	 * @throws ConflictException when the person holds the post already
	 */
	UnitPeople named(ChargeRole role, String personId, LocalDate from, Instant at) {
		if (person(personId).isEmpty()) {
			throw new InvalidRequestException("personId: person " + personId + " is not recorded for unit "
					+ this.unitCode + "; only a person of the unit can be named in charge of it");
		}
		Optional<ChargeTerm> latest = this.terms.stream().filter((term) -> term.role() == role).reduce((a, b) -> b);
		if (latest.isPresent() && latest.get().personId().equals(personId) && latest.get().until() == null) {
			throw new ConflictException("Person " + personId + " already holds the post " + role + " of unit "
					+ this.unitCode + " since " + latest.get().from());
		}
		if (latest.isPresent() && !from.isAfter(latest.get().from())) {
			throw new InvalidRequestException("from: " + from + " is not after " + latest.get().from()
					+ ", when the current holding of " + role + " began; history is not rewritten");
		}
		List<ChargeTerm> all = new ArrayList<>(this.terms);
		latest.ifPresent((term) -> all.set(all.indexOf(term), term.endingOn(from)));
		all.add(new ChargeTerm(personId, role, from, null));
		return new UnitPeople(this.unitCode, this.unitName, this.revision + 1, at, this.people, all);
	}

}
