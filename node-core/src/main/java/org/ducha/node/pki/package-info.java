/**
 * Node certificates for mutual TLS on links: a node's certificate names its code (subject
 * CN and URI SAN {@code urn:ducha:node:<code>}). Development and tests generate their own
 * CA.
 */
package org.ducha.node.pki;
