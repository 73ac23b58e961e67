/**
 * Our Keycloak adapter on Spring Security: one converter from a JWT to the typed
 * principal ({@link org.ducha.node.security.Actor}), the API's filter chain, and, for
 * tests and local development only, tokens minted from a local key.
 */
package org.ducha.node.security;
