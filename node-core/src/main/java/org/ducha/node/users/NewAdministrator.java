package org.ducha.node.users;

/**
 * An administrator to appoint for a node: a new account, whose first credential only the
 * person sets.
 *
 * @param username login name
 * @param firstName given name
 * @param lastName family name
 * @param email where the set-up link goes (required)
 * @param nodeCode the node (government) whose administrator they become
 * @param role {@code sysadmin}, {@code secadmin} or {@code auditor}
 */
public record NewAdministrator(String username, String firstName, String lastName, String email, String nodeCode,
		String role) {
}
