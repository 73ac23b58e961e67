/**
 * The people in charge on the wire: a unit's whole state, with its revision, sent up on
 * the report channel from the unit's node to the root, kept by every node on the way,
 * re-sent by snapshot.
 */
package org.ducha.node.people.federation;
