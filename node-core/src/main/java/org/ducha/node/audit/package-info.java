/**
 * The append-only audit trail: security decisions and link events (refused frames,
 * identities seen, re-syncs, pauses).
 */
package org.ducha.node.audit;
