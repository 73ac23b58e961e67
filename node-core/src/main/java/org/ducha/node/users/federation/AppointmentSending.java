package org.ducha.node.users.federation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.users.AdministratorAppointed;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the appointed node of an appointment made here, on the alert channel (see
 * {@link AdministratorAppointedHandler} for why that one). It runs in the transaction
 * that records the appointment here, which begins only once the identity provider created
 * the account: that provider takes part in no transaction, so the message goes out
 * exactly when the appointment happened, together with this node's own record.
 */
@Component
class AppointmentSending {

	private static final Logger logger = LoggerFactory.getLogger(AppointmentSending.class);

	private final Outbox outbox;

	private final NodeIdentity self;

	private final LinkTopology topology;

	private final AuditTrail audit;

	AppointmentSending(Outbox outbox, NodeIdentity self, LinkTopology topology, AuditTrail audit) {
		this.outbox = outbox;
		this.self = self;
		this.topology = topology;
		this.audit = audit;
	}

	@EventListener
	void on(AdministratorAppointed appointed) {
		if (this.topology.child(appointed.nodeCode()).isEmpty()) {
			// the account exists and no rollback takes it back: say so rather
			// than fail, and never route the message up, where nobody believes it
			logger.warn("Node {} has no link to node {}: the appointment of {} is not told there", this.self.code(),
					appointed.nodeCode(), appointed.username());
			this.audit.recordWithChange(AuditCategory.SECURITY, "ADMINISTRATOR_APPOINTMENT_NOT_SENT",
					appointed.appointedBy(), null,
					"user " + appointed.username() + " (" + appointed.userId() + ") as " + appointed.role() + " of "
							+ appointed.nodeCode() + ": no link of this node "
							+ "leads to that node, which therefore does not record the appointment");
			return;
		}
		this.outbox.send(Channel.CHANNEL_ALERT, new Delivery(Ids.newId(), this.self.code(), appointed.nodeCode(),
				appointed.appointedAt(), AppointmentWire.administratorAppointed(appointed)));
	}

}
