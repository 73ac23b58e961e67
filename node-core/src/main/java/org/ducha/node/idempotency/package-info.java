/**
 * Writes a client can retry: a POST carrying an {@code Idempotency-Key} takes effect once
 * per account and key, and a retry gets the first answer again (docs/architecture.md
 * §8.5).
 */
package org.ducha.node.idempotency;
