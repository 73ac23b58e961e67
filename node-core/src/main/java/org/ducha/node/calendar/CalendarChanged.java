package org.ducha.node.calendar;

/**
 * This node's calendar changed: a notice was set here (at the province) or arrived from
 * above. Open due dates are recomputed on it.
 *
 * @param notice the notice as it now stands
 * @param setHere whether it was set at this node (and must be sent to every node below)
 */
public record CalendarChanged(Notice notice, boolean setHere) {
}
