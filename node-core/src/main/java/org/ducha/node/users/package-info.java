/**
 * Delegated administration of people (DESIGN §7): a node's security administrator lists,
 * creates, disables and moves the users of its own government and of the governments
 * below it, and no one else's; the users live in Keycloak.
 */
package org.ducha.node.users;
