package org.ducha.node.users;

/**
 * Where an account comes from, and so who owns what it says about the person.
 */
public enum AccountSource {

	/** Kept in the realm itself: the security administrators manage all of it. */
	LOCAL,

	/**
	 * Synchronised from a level's own directory (LDAP, a Keycloak user federation): the
	 * directory owns the person's name, department and business roles.
	 */
	DIRECTORY,

	/**
	 * Signed in through another identity provider (unified identity authentication, a
	 * Keycloak identity provider): the provider owns where the person belongs.
	 */
	PROVIDER

}
