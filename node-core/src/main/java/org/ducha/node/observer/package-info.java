/**
 * Invited observers (deputies and CPPCC members invited to take part): a supervisor
 * invites a person holding the observer role to specific tasks or inspection plans for a
 * period; that person reads exactly those, and nothing else, until the period ends or the
 * invitation is withdrawn (docs/business-rules.md, "Invited observers"). The features
 * whose objects can be invited to implement
 * {@link org.ducha.node.observer.InvitationTargets} and ask
 * {@link org.ducha.node.observer.ObserverAccess} on their read paths; this package
 * imports none of them.
 */
package org.ducha.node.observer;
