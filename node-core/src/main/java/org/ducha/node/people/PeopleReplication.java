package org.ducha.node.people;

import java.util.Collection;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the people in charge that the nodes below state about their units, and reads them
 * for a re-sync.
 */
@Service
public class PeopleReplication {

	private final PeopleStore store;

	private final NodeIdentity self;

	PeopleReplication(PeopleStore store, NodeIdentity self) {
		this.store = store;
		this.self = self;
	}

	/**
	 * A unit's people in charge as its own node states them; taken only when newer than
	 * the copy held.
	 * @param statedBy the node stating them, which must be the unit's
	 * @return whether the copy changed
	 * @throws ForbiddenException when another node states them, or a person is of another
	 * unit
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean applyStated(UnitPeople people, String statedBy) {
		if (!Unit.nodeOf(people.unitCode()).equals(statedBy) || statedBy.equals(this.self.code())) {
			throw new ForbiddenException("The people in charge of unit " + people.unitCode()
					+ " are stated by its own node, not by " + statedBy);
		}
		for (Person person : people.people()) {
			if (!person.unitCode().equals(people.unitCode())) {
				throw new ForbiddenException("Person " + person.id() + " of unit " + person.unitCode()
						+ " is stated among the people of unit " + people.unitCode());
			}
			this.store.person(person.id())
				.filter((known) -> !known.unitCode().equals(person.unitCode()))
				.ifPresent((known) -> {
					throw new ForbiddenException(
							"Person " + person.id() + " is recorded for unit " + known.unitCode() + " already");
				});
		}
		for (ChargeTerm term : people.terms()) {
			if (people.person(term.personId()).isEmpty()) {
				throw new ForbiddenException("A holding of unit " + people.unitCode() + " names person "
						+ term.personId() + ", who is not among its people");
			}
		}
		if (this.store.lockRevision(people.unitCode()) >= people.revision()) {
			return false;
		}
		this.store.save(people);
		return true;
	}

	/**
	 * The people in charge of the units of the given nodes, after a unit (re-sync up).
	 */
	@Transactional(readOnly = true)
	public List<UnitPeople> ofNodes(Collection<String> nodes, String afterUnit, int limit) {
		return this.store.ofNodes(nodes, afterUnit, limit);
	}

}
