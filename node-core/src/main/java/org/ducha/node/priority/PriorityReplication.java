package org.ducha.node.priority;

import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.tree.Ancestry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copies of the approved priorities of the nodes above, as those nodes state
 * them (docs/protocol.md, "Authority"): a node is believed only about its own priorities,
 * and only a node above this one; a copy is kept once and never changes — a restatement
 * with other items, year or node is refused. Reads the approved priorities stored here
 * for a re-sync towards a child.
 */
@Service
public class PriorityReplication {

	private final PriorityStore store;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	private final AuditTrail audit;

	PriorityReplication(PriorityStore store, NodeIdentity self, Ancestry ancestry, AuditTrail audit) {
		this.store = store;
		this.self = self;
		this.ancestry = ancestry;
		this.audit = audit;
	}

	/**
	 * Approved priorities as their node states them: kept once.
	 * @param statedBy the node stating them, which must be theirs and above this one
	 * @throws ForbiddenException when another node states them, their node is not above
	 * this one, they are not approved or name people, or a restatement changes them
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void apply(AnnualPriorities copy, String statedBy) {
		String id = "Priorities " + copy.id() + " of " + copy.nodeCode() + " for " + copy.year();
		if (!copy.nodeCode().equals(statedBy) || !this.ancestry.isAncestor(statedBy)) {
			throw new ForbiddenException(id + " are stated by node " + statedBy + "; a node states only its own "
					+ "priorities, to the nodes below it");
		}
		if (copy.status() != PriorityStatus.APPROVED || copy.draftedBy() != null || copy.approvedBy() != null) {
			throw new ForbiddenException(id + " are stated as " + copy.status() + " or with their people; only "
					+ "approved priorities travel, without drafter or approver");
		}
		AnnualPriorities known = this.store.find(copy.id()).orElse(null);
		if (known == null) {
			AnnualPriorities sameYear = this.store.find(copy.nodeCode(), copy.year()).orElse(null);
			if (sameYear != null) {
				throw new ForbiddenException(id + " are stated again under another id " + sameYear.id()
						+ "; a node has one set of priorities a year");
			}
			this.store.insert(copy);
			this.audit.recordWithChange(AuditCategory.BUSINESS, "PRIORITIES_RECEIVED", statedBy, statedBy,
					id + ", " + copy.items().size() + " items");
			return;
		}
		if (!known.nodeCode().equals(copy.nodeCode()) || known.year() != copy.year()
				|| !known.items().equals(copy.items())) {
			throw new ForbiddenException(id + " are stated again with other facts (node, year or items), which "
					+ "never change once approved");
		}
	}

	/** The approved priorities stored here, own and from above, after an id. */
	@Transactional(readOnly = true)
	public List<AnnualPriorities> approvedAfter(String afterId, int limit) {
		return this.store.approvedAfter(afterId, limit);
	}

}
