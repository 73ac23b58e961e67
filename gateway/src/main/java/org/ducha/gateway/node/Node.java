package org.ducha.gateway.node;

import java.net.URI;

/**
 * A node the gateway routes to.
 *
 * @param code its division code ({@code 441700})
 * @param name a display name (阳江市), the code when none is configured
 * @param url where its REST API listens (scheme, host and port)
 * @param parent the code of the node above it, or null for a top node
 */
public record Node(String code, String name, URI url, String parent) {

}
