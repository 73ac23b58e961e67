/**
 * The Keycloak server of local runs and tests: the distribution from Maven Central,
 * unpacked and built once into {@code ~/.cache/ducha}, and servers of it on loopback
 * ports with the realm of {@code deploy/keycloak/ducha-realm.json} imported.
 */
package org.ducha.deploy.keycloak;
