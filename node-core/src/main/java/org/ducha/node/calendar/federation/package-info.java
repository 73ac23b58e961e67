/**
 * The working calendar on the wire (reference channel): a holiday notice set at the
 * province goes to every node below it, relays keep their copy, and a node that never
 * followed the channel gets every changed notice by snapshot.
 */
package org.ducha.node.calendar.federation;
