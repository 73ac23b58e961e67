package org.ducha.node.security;

import java.util.Set;

/**
 * Who does something: the typed principal of a request, or the node itself.
 *
 * @param subject the user (or client) id
 * @param name a display name
 * @param orgCode the node (government) the user belongs to
 * @param unitCode the user's unit: a department ({@code <node>:<short>}) or the
 * government itself
 * @param roles realm roles
 * @param username the login name ({@code preferred_username}), by which an invitation
 * names an observer; the subject when the token has none
 */
public record Actor(String subject, String name, String orgCode, String unitCode, Set<Role> roles, String username) {

	/**
	 * The roles whose holders work on tasks; an observer holding one is not only invited.
	 */
	private static final Set<Role> WORKING = Set.of(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD,
			Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR, Role.NODE);

	public Actor {
		roles = Set.copyOf(roles);
		unitCode = (unitCode != null && !unitCode.isBlank()) ? unitCode : orgCode;
		name = (name != null && !name.isBlank()) ? name : subject;
		username = (username != null && !username.isBlank()) ? username : subject;
	}

	public Actor(String subject, String name, String orgCode, String unitCode, Set<Role> roles) {
		this(subject, name, orgCode, unitCode, roles, null);
	}

	/**
	 * Whether this caller reads only what it was invited to (docs/security.md, "Invited
	 * observers"): it holds the observer role and no role of the work or of
	 * administration.
	 */
	public boolean readsOnlyByInvitation() {
		return has(Role.OBSERVER) && this.roles.stream().noneMatch(WORKING::contains);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this is an administrator of a node: one of the three administrator roles,
	 * held by someone of that node ({@code org_code}). The same role held at another
	 * node, above or beside, administers that node, not this one.
	 * @param nodeCode the node administered
	 * @param role {@code SYSADMIN}, {@code SECADMIN} or {@code AUDITOR}
	 */
	public boolean administers(String nodeCode, Role role) {
		if (role != Role.SYSADMIN && role != Role.SECADMIN && role != Role.AUDITOR) {
			throw new IllegalArgumentException(role + " is not an administrator role");
		}
		return has(role) && nodeCode.equals(this.orgCode);
	}

	/** The node acting for itself (scheduled work, replication). */
	public static Actor system(String nodeCode) {
		return new Actor("system:" + nodeCode, "system", nodeCode, nodeCode, Set.of());
	}

}
