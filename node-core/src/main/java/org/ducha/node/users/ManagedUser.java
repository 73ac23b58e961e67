package org.ducha.node.users;

import java.util.List;

/**
 * A person as the administration sees them.
 *
 * @param id the user's id in the identity provider
 * @param username their login name
 * @param firstName given name
 * @param lastName family name
 * @param email e-mail address
 * @param enabled whether they may sign in
 * @param groups the codes of their groups: node codes and department unit codes
 * @param roles their realm roles as claims ({@code supervisor}, …)
 * @param source where the account comes from
 * @param sourceName the directory's name or the identity provider's alias; null for a
 * local account
 */
public record ManagedUser(String id, String username, String firstName, String lastName, String email, boolean enabled,
		List<String> groups, List<String> roles, AccountSource source, String sourceName) {

	/** An account of the realm itself. */
	public ManagedUser(String id, String username, String firstName, String lastName, String email, boolean enabled,
			List<String> groups, List<String> roles) {
		this(id, username, firstName, lastName, email, enabled, groups, roles, AccountSource.LOCAL, null);
	}

	/** The same person, enabled or not. */
	public ManagedUser withEnabled(boolean enabled) {
		return new ManagedUser(this.id, this.username, this.firstName, this.lastName, this.email, enabled, this.groups,
				this.roles, this.source, this.sourceName);
	}

	/** The same person in other groups. */
	public ManagedUser withGroups(List<String> groups) {
		return new ManagedUser(this.id, this.username, this.firstName, this.lastName, this.email, this.enabled, groups,
				this.roles, this.source, this.sourceName);
	}

}
