package org.ducha.node.observer;

import java.time.LocalDate;

/**
 * A supervisor's invitation of an observer to one object for a period.
 *
 * @param observer the observer's login name
 * @param kind what the object is
 * @param targetId the object's id
 * @param from the first day, included
 * @param until the last day, included
 */
public record InviteObserver(String observer, TargetKind kind, String targetId, LocalDate from, LocalDate until) {
}
