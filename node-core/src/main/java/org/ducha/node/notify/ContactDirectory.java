package org.ducha.node.notify;

import java.util.List;

/**
 * Where a unit's people are reached. Configuration for now; the identity issue replaces
 * it with the users' attributes in Keycloak.
 */
public interface ContactDirectory {

	/**
	 * E-mail addresses of a unit's handlers or of its head; empty when none are known.
	 */
	List<String> emailAddresses(String unitCode, Audience audience);

}
