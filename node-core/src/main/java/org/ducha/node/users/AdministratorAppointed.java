package org.ducha.node.users;

import java.time.Instant;

/**
 * A node's security administrator appointed an administrator of a node right below it
 * (docs/security.md §5.3); published at the appointing node once the account exists, so
 * that the appointed node is told and audits it too. It carries no credential.
 *
 * @param appointingNode the node where the appointing security administrator acts
 * @param nodeCode the node the administrator is for, right below the appointing node
 * @param username the new account's login name
 * @param userId the new account's id in the identity provider
 * @param role {@code sysadmin}, {@code secadmin} or {@code auditor}
 * @param appointedBy the appointing security administrator's account id
 * @param appointedAt when
 */
public record AdministratorAppointed(String appointingNode, String nodeCode, String username, String userId,
		String role, String appointedBy, Instant appointedAt) {
}
