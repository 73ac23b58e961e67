/**
 * The gRPC transport of federation links: the parent's link server, the child's dialler
 * with backoff, mutual TLS with certificates that name nodes, keepalive and manual flow
 * control.
 */
package org.ducha.node.federation.grpc;
