package org.ducha.node.security;

import java.util.Optional;

/**
 * Realm roles (docs/security.md §1.3), as they appear in the token's {@code roles} claim.
 */
public enum Role {

	/** 督查员. */
	SUPERVISOR("supervisor"),

	/** 领导. */
	LEADER("leader"),

	/** 承办人. */
	HANDLER("handler"),

	/** 单位负责人. */
	UNIT_HEAD("unit-head"),

	/** Invited deputies and members: read only what they are invited to. */
	OBSERVER("observer"),

	/** System administrator (三员分立). */
	SYSADMIN("sysadmin"),

	/** Security administrator (三员分立). */
	SECADMIN("secadmin"),

	/** Auditor (三员分立). */
	AUDITOR("auditor"),

	/** Another node. */
	NODE("node");

	private final String claim;

	Role(String claim) {
		this.claim = claim;
	}

	public String claim() {
		return this.claim;
	}

	public static Optional<Role> ofClaim(String claim) {
		for (Role role : values()) {
			if (role.claim.equals(claim)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
