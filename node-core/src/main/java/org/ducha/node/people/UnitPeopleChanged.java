package org.ducha.node.people;

/**
 * A unit of this node has a new revision of its people in charge; the federation sends it
 * up to every ancestor.
 *
 * @param people the unit's people in charge as they now stand
 */
public record UnitPeopleChanged(UnitPeople people) {
}
