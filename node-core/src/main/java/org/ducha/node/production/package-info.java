/**
 * The production profile's start-up check: a node started with the {@code production}
 * profile refuses every setting made for development and tests (local test tokens, links
 * without TLS, deduplication switched off, demo secrets, a shifted clock), naming each in
 * one start-up failure.
 */
package org.ducha.node.production;
