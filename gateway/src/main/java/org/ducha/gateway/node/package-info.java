/**
 * Which node answers a request: the node registry (each node's address and parent), the
 * subtree check, and the gateway's routes to the nodes' REST APIs.
 */
package org.ducha.gateway.node;
