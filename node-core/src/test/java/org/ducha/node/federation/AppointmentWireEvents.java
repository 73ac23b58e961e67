package org.ducha.node.federation;

import java.util.UUID;

import com.google.protobuf.Timestamp;

import org.ducha.proto.federation.v1.AdministratorAppointed;
import org.ducha.proto.federation.v1.Event;

/**
 * Appointments of a node's administrator built by hand, as a node would state them, for
 * tests that send them from any node's outbox: the parent's (they must be recorded at the
 * appointed node), or another node's (they must be quarantined).
 */
public final class AppointmentWireEvents {

	private AppointmentWireEvents() {
	}

	/**
	 * An appointment of an auditor of a node, in the name of an appointing node.
	 * @param appointingNode the node it claims appointed (the entry's origin must be it)
	 * @param nodeCode the node the auditor is for (the entry's destination must be it)
	 * @param username the new account's login name
	 */
	public static Event appointed(String appointingNode, String nodeCode, String username) {
		return Event.newBuilder()
			.setAdministratorAppointed(AdministratorAppointed.newBuilder()
				.setAppointingNode(appointingNode)
				.setNodeCode(nodeCode)
				.setUsername(username)
				.setRole("auditor")
				.setAppointedBy("secadmin-" + appointingNode)
				.setAppointedAt(Timestamp.newBuilder().setSeconds(1_790_000_000L))
				.setUserId(UUID.randomUUID().toString()))
			.build();
	}

}
