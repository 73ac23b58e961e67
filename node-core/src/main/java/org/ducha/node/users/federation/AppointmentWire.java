package org.ducha.node.users.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.users.AdministratorAppointed;
import org.ducha.proto.federation.v1.Event;

/**
 * Appointments to and from their wire form. No credential is ever part of it: the
 * appointed person sets the first one alone (docs/security.md §5.3).
 */
final class AppointmentWire {

	private AppointmentWire() {
	}

	static Event administratorAppointed(AdministratorAppointed appointed) {
		return Event.newBuilder()
			.setAdministratorAppointed(org.ducha.proto.federation.v1.AdministratorAppointed.newBuilder()
				.setAppointingNode(appointed.appointingNode())
				.setNodeCode(appointed.nodeCode())
				.setUsername(Wire.text(appointed.username()))
				.setRole(appointed.role())
				.setAppointedBy(Wire.text(appointed.appointedBy()))
				.setAppointedAt(Wire.timestamp(appointed.appointedAt()))
				.setUserId(Wire.text(appointed.userId())))
			.build();
	}

	/**
	 * The appointment a wire event states.
	 * @throws MalformedEventException when a node code, the account or the time is
	 * missing
	 */
	static AdministratorAppointed administratorAppointed(org.ducha.proto.federation.v1.AdministratorAppointed wire) {
		if (!NodeIdentity.isNodeCode(wire.getAppointingNode()) || !NodeIdentity.isNodeCode(wire.getNodeCode())
				|| wire.getUsername().isBlank() || wire.getUserId().isBlank() || wire.getAppointedBy().isBlank()
				|| !wire.hasAppointedAt()) {
			throw new MalformedEventException("an appointment of " + wire.getUsername() + " for node "
					+ wire.getNodeCode() + " lacks its nodes, account, appointing administrator or time");
		}
		return new AdministratorAppointed(wire.getAppointingNode(), wire.getNodeCode(), wire.getUsername(),
				wire.getUserId(), wire.getRole(), wire.getAppointedBy(), Wire.instant(wire.getAppointedAt()));
	}

}
