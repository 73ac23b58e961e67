/**
 * The append-only audit trail: security decisions, link events (refused frames,
 * identities seen, re-syncs, pauses) and the changes recorded with them, on an SM3 hash
 * chain whose verification shows an edited, deleted or reordered record.
 */
package org.ducha.node.audit;
