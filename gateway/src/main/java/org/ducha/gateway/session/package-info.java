/**
 * The browser session (BFF): sign-in with Keycloak (authorization code with PKCE), the
 * tokens kept on the server side and refreshed there, sign-out that ends the Keycloak
 * session too, CSRF protection, security headers, and who is signed in.
 */
package org.ducha.gateway.session;
