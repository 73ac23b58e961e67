package org.ducha.node.users;

import java.util.List;

/**
 * A person to create.
 *
 * @param username login name
 * @param firstName given name
 * @param lastName family name
 * @param email e-mail address
 * @param groupCode the node or department they belong to
 * @param roles realm roles as claims
 * @param temporaryPassword a first password they must change at their first sign-in
 */
public record NewUser(String username, String firstName, String lastName, String email, String groupCode,
		List<String> roles, String temporaryPassword) {
}
