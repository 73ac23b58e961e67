/**
 * The web gateway (BFF): signs people in with Keycloak, keeps their tokens in the server
 * session, routes their API calls to their node, and serves the web UI.
 */
package org.ducha.gateway;
