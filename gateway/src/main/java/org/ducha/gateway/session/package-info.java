/**
 * The browser session (BFF): sign-in with Keycloak (authorization code with PKCE), the
 * tokens kept on the server side and refreshed there, the nodes' own tokens exchanged
 * from the session's, sign-out that ends the Keycloak session too, CSRF protection,
 * security headers, and who is signed in.
 */
package org.ducha.gateway.session;
