package org.ducha.node.users;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;

/**
 * The appointed node's side of an appointment (docs/security.md §5.4): the level above
 * appointed one of this node's administrators and told this node over the link, and this
 * node records it in its own audit trail, so that the people who run it see who was given
 * power over it, by whom.
 */
@Service
public class AppointmentsFromAbove {

	private final AuditTrail audit;

	private final NodeIdentity self;

	AppointmentsFromAbove(AuditTrail audit, NodeIdentity self) {
		this.audit = audit;
		this.self = self;
	}

	/**
	 * Records an appointment of one of this node's administrators, in the transaction
	 * that applies the message (it stands or falls with it). The caller has checked that
	 * the appointing node is this node's parent.
	 * @throws IllegalArgumentException when it is not one administrator role of this node
	 */
	public void record(AdministratorAppointed appointed) {
		if (!this.self.code().equals(appointed.nodeCode())) {
			throw new IllegalArgumentException(
					"the appointment is for node " + appointed.nodeCode() + ", not for " + this.self.code());
		}
		Role role = Role.ofClaim(appointed.role())
			.filter(RoleGrants.ADMINISTRATORS::contains)
			.orElseThrow(() -> new IllegalArgumentException(
					"an appointment grants sysadmin, secadmin or auditor, not " + appointed.role()));
		this.audit.recordWithChange(AuditCategory.SECURITY, "ADMINISTRATOR_APPOINTED_BY_PARENT",
				appointed.appointedBy(), appointed.appointingNode(),
				"user " + appointed.username() + " (" + appointed.userId() + ") as " + role.claim() + " of "
						+ appointed.nodeCode() + ", appointed at node " + appointed.appointingNode() + " by "
						+ appointed.appointedBy() + " at " + appointed.appointedAt());
	}

}
