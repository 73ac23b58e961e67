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
 */
public record ManagedUser(String id, String username, String firstName, String lastName, String email, boolean enabled,
		List<String> groups, List<String> roles) {
}
