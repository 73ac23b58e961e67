package org.ducha.node.people.federation;

import java.util.List;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.people.ChargeRole;
import org.ducha.node.people.ChargeTerm;
import org.ducha.node.people.Person;
import org.ducha.node.people.UnitPeople;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.PersonInCharge;
import org.ducha.proto.federation.v1.UnitPeopleStated;

/**
 * A unit's people in charge to and from their wire form; for live events and re-sync
 * records alike.
 */
final class PeopleWire {

	private PeopleWire() {
	}

	static Event stated(UnitPeople people) {
		UnitPeopleStated.Builder stated = UnitPeopleStated.newBuilder()
			.setUnitCode(people.unitCode())
			.setUnitName(people.unitName())
			.setRevision(people.revision())
			.setStatedAt(Wire.timestamp(people.statedAt()));
		for (Person person : people.people()) {
			stated.addPeople(PersonInCharge.newBuilder()
				.setPersonId(person.id())
				.setName(person.name())
				.setTitle(Wire.text(person.title()))
				.setPhone(Wire.text(person.phone())));
		}
		for (ChargeTerm term : people.terms()) {
			stated.addTerms(org.ducha.proto.federation.v1.ChargeTerm.newBuilder()
				.setPersonId(term.personId())
				.setRole(role(term.role()))
				.setHeldFrom(term.from().toString())
				.setHeldUntil((term.until() != null) ? term.until().toString() : ""));
		}
		return Event.newBuilder().setUnitPeopleStated(stated).build();
	}

	/**
	 * The people a wire event states.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static UnitPeople people(UnitPeopleStated stated) {
		if (stated.getUnitCode().isEmpty() || stated.getUnitName().isEmpty() || stated.getRevision() < 1
				|| !stated.hasStatedAt()) {
			throw new MalformedEventException(
					"the people of unit '" + stated.getUnitCode() + "' lack their unit, name, revision or time");
		}
		List<Person> people = stated.getPeopleList()
			.stream()
			.map((person) -> new Person(Wire.uuid(person.getPersonId(), "person"), stated.getUnitCode(),
					nonEmpty(person.getName(), "name"), Wire.orNull(person.getTitle()), Wire.orNull(person.getPhone())))
			.toList();
		List<ChargeTerm> terms = stated.getTermsList()
			.stream()
			.map((term) -> new ChargeTerm(Wire.uuid(term.getPersonId(), "person"), role(term.getRole()),
					Wire.date(term.getHeldFrom()),
					term.getHeldUntil().isEmpty() ? null : Wire.date(term.getHeldUntil())))
			.toList();
		return new UnitPeople(stated.getUnitCode(), stated.getUnitName(), stated.getRevision(),
				Wire.instant(stated.getStatedAt()), people, terms);
	}

	static org.ducha.proto.federation.v1.ChargeRole role(ChargeRole role) {
		return org.ducha.proto.federation.v1.ChargeRole.valueOf("CHARGE_ROLE_" + role.name());
	}

	static ChargeRole role(org.ducha.proto.federation.v1.ChargeRole role) {
		return Wire.enumValue(ChargeRole.class, role.name(), "CHARGE_ROLE_");
	}

	private static String nonEmpty(String value, String what) {
		if (value.isEmpty()) {
			throw new MalformedEventException("a person in charge lacks the " + what);
		}
		return value;
	}

}
