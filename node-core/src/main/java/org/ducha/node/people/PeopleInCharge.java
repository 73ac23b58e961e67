package org.ducha.node.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.time.Ids;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people in charge of units: recorded and named at the unit's own node by its
 * supervisors and leaders, read within what the caller may see ({@link UnitAccess}), and
 * asked by the ladder who held a post on a day.
 */
@Service
public class PeopleInCharge {

	private final PeopleStore store;

	private final UnitAccess access;

	private final Units units;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleInCharge(PeopleStore store, UnitAccess access, Units units, NodeIdentity self, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.access = access;
		this.units = units;
		this.self = self;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The units of this node's subtree the caller may see, each with today's principal
	 * leader and deputy in charge: the node's own units and the governments below it, and
	 * every unit below whose people have been replicated here.
	 */
	@Transactional(readOnly = true)
	public List<UnitInCharge> overview(Actor actor) {
		Map<String, UnitPeople> known = new LinkedHashMap<>();
		for (Unit unit : this.units.all()) {
			known.put(unit.code(), UnitPeople.none(unit.code(), unit.name()));
		}
		this.store.all().forEach((people) -> known.put(people.unitCode(), people));
		LocalDate today = today();
		List<UnitInCharge> visible = new ArrayList<>();
		for (UnitPeople people : known.values()) {
			if (this.access.sees(people.unitCode(), actor)) {
				visible.add(new UnitInCharge(people.unitCode(), people.unitName(), Unit.nodeOf(people.unitCode()),
						holding(people, ChargeRole.PRINCIPAL, today), holding(people, ChargeRole.DEPUTY, today)));
			}
		}
		return visible;
	}

	private static UnitInCharge.Holding holding(UnitPeople people, ChargeRole role, LocalDate day) {
		return people.termOn(role, day)
			.flatMap((term) -> people.person(term.personId()).map((p) -> new UnitInCharge.Holding(p, term.from())))
			.orElse(null);
	}

	/** A unit's people and who held each post when, if the caller may see the unit. */
	@Transactional(readOnly = true)
	public UnitPeople of(String unitCode, Actor actor) {
		this.access.requireVisible(unitCode, actor);
		return find(unitCode).orElseThrow(() -> UnitAccess.notFound(unitCode));
	}

	/** Records a person for one of this node's units. */
	@Transactional
	public Person addPerson(String unitCode, NewPerson person, Actor actor) {
		this.access.requireMaintainer(unitCode, actor);
		UnitPeople current = lockedForChange(unitCode);
		if (person.name() == null || person.name().isBlank()) {
			throw new InvalidRequestException("name: the person's name");
		}
		Person added = new Person(Ids.newId(), unitCode, person.name().trim(), blankToNull(person.title()),
				blankToNull(person.phone()));
		changed(current.withPerson(added, this.clock.instant()), actor, "PERSON_RECORDED",
				added.name() + " (" + added.id() + ") recorded for unit " + unitCode);
		return added;
	}

	/**
	 * Names a person of the unit to a post from a day.
	 * @throws InvalidRequestException when the person is another unit's, or the day does
	 * not follow the current holding's start
	 */
	@Transactional
	public UnitPeople name(String unitCode, ChargeRole role, String personId, LocalDate from, Actor actor) {
		this.access.requireMaintainer(unitCode, actor);
		UnitPeople current = lockedForChange(unitCode);
		UnitPeople named = current.named(role, personId, from, this.clock.instant());
		return changed(named, actor, "CHARGE_NAMED",
				"person " + personId + " named " + role + " of unit " + unitCode + " from " + from);
	}

	/** Who held a post of a unit on a day, as known here (the node's own work). */
	@Transactional(readOnly = true)
	public Optional<Person> holderOn(String unitCode, ChargeRole role, LocalDate date) {
		return this.store.find(unitCode).flatMap((people) -> people.holderOn(role, date));
	}

	/** A person known here, without scope checks (the node's own work). */
	@Transactional(readOnly = true)
	public Optional<Person> person(String personId) {
		return this.store.person(personId);
	}

	/** A unit's people in charge as known here, or none when nobody is recorded. */
	@Transactional(readOnly = true)
	public Optional<UnitPeople> find(String unitCode) {
		Optional<UnitPeople> stored = this.store.find(unitCode);
		if (stored.isPresent()) {
			return stored;
		}
		return unitName(unitCode).map((name) -> UnitPeople.none(unitCode, name));
	}

	/** The name of a unit known here: one of the node's units or one below it. */
	@Transactional(readOnly = true)
	public Optional<String> unitName(String unitCode) {
		Optional<String> named = this.units.find(unitCode).map(Unit::name);
		return named.isPresent() ? named : this.store.find(unitCode).map(UnitPeople::unitName);
	}

	private UnitPeople lockedForChange(String unitCode) {
		this.store.lockRevision(unitCode);
		return find(unitCode).orElseThrow(() -> UnitAccess.notFound(unitCode));
	}

	private UnitPeople changed(UnitPeople people, Actor actor, String action, String detail) {
		this.store.save(people);
		this.audit.recordWithChange(AuditCategory.BUSINESS, action, actor.subject(), null, detail);
		this.events.publishEvent(new UnitPeopleChanged(people));
		return people;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
