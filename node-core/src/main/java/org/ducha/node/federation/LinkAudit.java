package org.ducha.node.federation;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.tree.Link;

import org.springframework.stereotype.Component;

/**
 * The audit trail of what happens on links: Hellos accepted or refused, batches and
 * frames refused, channels blocked, re-syncs.
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

	/** Records an event of a peer that has not said who it is. */
	void anonymous(String action, String detail) {
		this.audit.record(AuditCategory.LINK, action, "unidentified peer", null, detail);
	}

}
