package org.ducha.node.users;

import java.util.List;
import java.util.Optional;

/**
 * Where the people are kept: the identity provider, behind this port. Only the node that
 * holds the power to administer users has one (the province; docs/security.md §5).
 */
public interface UserDirectory {

	/** The users of a group and of every group below it, in a stable order. */
	List<ManagedUser> membersOf(String groupCode, int first, int max);

	Optional<ManagedUser> find(String id);

	/**
	 * The governments a group lies in, from the root down to the group's own government:
	 * {@code [440000, 441700, 441704]} for {@code 441704:jyj} and for {@code 441704}.
	 * Read from the identity provider's group tree, which no node can rewrite.
	 * @return empty when no group has this code
	 */
	List<String> governments(String groupCode);

	/**
	 * Creates a user in a group with roles.
	 * @return the new user's id
	 * @throws IllegalArgumentException when the provider refuses it (taken name, weak
	 * password)
	 */
	String create(NewUser user);

	/**
	 * Creates an administrator's account without a credential: the person sets a password
	 * and a one-time-code device through a link that the identity provider e-mails to
	 * them, so nobody else ever knows the account's first credential.
	 * @return the new user's id
	 * @throws IllegalStateException when the e-mail could not be sent (nobody is left
	 * created then)
	 */
	String createAdministrator(NewAdministrator administrator);

	void setEnabled(String id, boolean enabled);

	/** Moves a user out of all their groups into another. */
	void move(String id, String groupCode);

}
