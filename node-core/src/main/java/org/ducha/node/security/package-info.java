/**
 * Our Keycloak adapter on Spring Security: one converter from a JWT to the typed
 * principal ({@link org.ducha.node.security.Actor}), the API's filter chain with the rule
 * of the node's administration (its own administrators only), the security events it
 * writes to the audit trail (refusals, audited reads, tokens minted), and, for tests and
 * local development only, tokens minted from a local key.
 */
package org.ducha.node.security;
