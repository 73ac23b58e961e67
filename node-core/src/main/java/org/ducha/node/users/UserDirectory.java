package org.ducha.node.users;

import java.util.List;
import java.util.Optional;

/**
 * Where the people are kept: the identity provider, behind this port.
 */
public interface UserDirectory {

	/** The users of a group and of every group below it, in a stable order. */
	List<ManagedUser> membersOf(String groupCode, int first, int max);

	Optional<ManagedUser> find(String id);

	/**
	 * Creates a user in a group with roles.
	 * @return the new user's id
	 * @throws IllegalArgumentException when the provider refuses it (taken name, weak
	 * password)
	 */
	String create(NewUser user);

	void setEnabled(String id, boolean enabled);

	/** Moves a user out of all their groups into another. */
	void move(String id, String groupCode);

}
