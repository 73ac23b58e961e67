/**
 * The federation link engine (docs/protocol.md): per-(link, channel) durable gapless logs
 * written in the business transaction, receivers that apply each batch once and in order
 * in one transaction with their cursor and the entries they forward, Hello with epochs,
 * resume and re-sync, ownership checks, and the status of every link. Transport-neutral:
 * the gRPC adapter lives in {@code federation.grpc}. It knows no feature: each feature
 * plugs its {@link org.ducha.node.federation.EventHandler}s, outbound translation and
 * {@link org.ducha.node.federation.SnapshotContributor}s in from its own
 * {@code <feature>.federation} package, using the shared conversions of
 * {@code federation.wire}; who is above or below this node comes from
 * {@code org.ducha.node.tree}.
 */
package org.ducha.node.federation;
