/**
 * Delegated administration of people (docs/security.md §5): a node's security
 * administrator lists, creates, disables and moves the users of its own government and of
 * the governments below it, and no one else's, and appoints the administrators of the
 * nodes right below it; the users live in Keycloak, which only the province's node may
 * change, for every node.
 */
package org.ducha.node.users;
