/**
 * People in charge of units (主要负责人, 分管负责人): the people recorded for each unit (records of
 * the unit, not accounts) and who held each post from when to when. A unit's people are
 * named at the unit's own node and replicated up to every ancestor, so that a ladder step
 * anywhere counts against the person who held the post on its date.
 */
package org.ducha.node.people;
