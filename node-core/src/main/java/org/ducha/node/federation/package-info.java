/**
 * The federation link engine (DESIGN §4): per-(link, channel) durable gapless logs
 * written in the business transaction, receivers that apply each batch once and in order
 * in one transaction with their cursor and the entries they forward, Hello with epochs,
 * resume and re-sync, ownership checks, and the status of every link. Transport-neutral:
 * the gRPC adapter lives in {@code federation.grpc}, the translation of business events
 * in {@code federation.events}.
 */
package org.ducha.node.federation;
