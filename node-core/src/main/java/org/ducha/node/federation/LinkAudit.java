package org.ducha.node.federation;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.tree.Link;

import org.springframework.stereotype.Component;

/**
 * The audit trail of what happens on links: Hellos accepted or refused, batches and
 * frames refused, channels blocked, re-syncs; and, as security events, entries
 * quarantined at either end.
 */
@Component
class LinkAudit {

	private final AuditTrail audit;

	LinkAudit(AuditTrail audit) {
		this.audit = audit;
	}

	/** Records an event of a link; a null link stands for the node itself. */
	void record(String action, Link link, String detail) {
		this.audit.record(AuditCategory.LINK, action, (link != null) ? "node:" + link.peer() : "system",
				(link != null) ? link.peer() : null, detail);
	}

	/**
	 * Records a security event of a link in the current transaction: it stands or falls
	 * with what the transaction records of it (a quarantined entry).
	 */
	void securityWithChange(String action, Link link, String detail) {
		this.audit.recordWithChange(AuditCategory.SECURITY, action, "node:" + link.peer(), link.peer(), detail);
	}

	/** Records a security event of a link in a transaction of its own. */
	void security(String action, Link link, String detail) {
		this.audit.record(AuditCategory.SECURITY, action, "node:" + link.peer(), link.peer(), detail);
	}

	/** Records an event of a peer that has not said who it is. */
	void anonymous(String action, String detail) {
		this.audit.record(AuditCategory.LINK, action, "unidentified peer", null, detail);
	}

}
