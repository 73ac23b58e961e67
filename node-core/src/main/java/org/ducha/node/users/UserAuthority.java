package org.ducha.node.users;

import java.util.List;

import org.ducha.node.security.Actor;

/**
 * The node that carries out user administration for a security administrator: the one
 * holding the identity provider's power (the province), reached from every other node.
 * Each operation is scoped to the subtree of the administrator's own node.
 */
public interface UserAuthority {

	List<ManagedUser> list(Actor actor, int page, int size);

	ManagedUser get(String id, Actor actor);

	ManagedUser create(NewUser user, Actor actor);

	ManagedUser setEnabled(String id, boolean enabled, Actor actor);

	ManagedUser move(String id, String groupCode, Actor actor);

	ManagedUser appoint(NewAdministrator administrator, Actor actor);

}
