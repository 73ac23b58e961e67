package org.ducha.node.users.federation;

import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.users.AdministratorAppointed;
import org.ducha.node.users.AppointmentsFromAbove;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Records at the appointed node that the level above appointed one of its administrators
 * (docs/security.md §5.4). Believed only of the appointed node's parent, as this node's
 * tree places it: an appointment in the name of any other node — a sibling, a
 * grandparent, a child — is quarantined at the first node that sees it, a relay too.
 * <p>
 * It travels on the {@code alert} channel (docs/protocol.md §1.3): not on
 * {@code reference}, which carries state with a version and which a newly installed node
 * always takes by snapshot, where a one-off record like this would be lost — and the
 * administrators of a node are typically appointed before it first connects; not on
 * {@code task}, whose contents are the issuer's task facts and where a backlog of them
 * would hold a security record back, as the alert channel, served first, never is.
 */
@Component
class AdministratorAppointedHandler extends SingleEventHandler {

	private final AppointmentsFromAbove appointments;

	private final NodeIdentity self;

	private final LinkTopology topology;

	private final Directory directory;

	AdministratorAppointedHandler(AppointmentsFromAbove appointments, NodeIdentity self, LinkTopology topology,
			Directory directory) {
		this.appointments = appointments;
		this.self = self;
		this.topology = topology;
		this.directory = directory;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ADMINISTRATOR_APPOINTED;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_ALERT,
				Originator.namedBy("the appointing node (the parent of the node it is for)",
						(event) -> event.getAdministratorAppointed().getAppointingNode()),
				"an appointment once recorded: its id stated again changes nothing");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		AdministratorAppointed appointed = AppointmentWire
			.administratorAppointed(incoming.event().getAdministratorAppointed());
		if (!appointed.nodeCode().equals(incoming.destinationNode())) {
			throw new MalformedEventException("an appointment for node " + appointed.nodeCode()
					+ " travels towards node " + incoming.destinationNode());
		}
		Optional<String> parent = parentOf(appointed.nodeCode());
		if (parent.isEmpty() || !parent.get().equals(appointed.appointingNode())) {
			throw new ForbiddenEventException(
					"an administrator of node " + appointed.nodeCode() + " is appointed by its parent "
							+ parent.orElse("(none known here)") + " only, not by node " + appointed.appointingNode());
		}
		if (appointed.nodeCode().equals(this.self.code())) {
			try {
				this.appointments.record(appointed);
			}
			catch (IllegalArgumentException ex) {
				throw new MalformedEventException("appointment of " + appointed.username() + ": " + ex.getMessage());
			}
		}
	}

	/**
	 * The parent of a node as this node's tree knows it: its own configured parent, or
	 * what the children announced of the nodes below (checked against the division
	 * registry, docs/protocol.md §5.2).
	 */
	private Optional<String> parentOf(String node) {
		if (node.equals(this.self.code())) {
			return this.topology.parent().map(Link::peer);
		}
		return this.directory.find(node).map(DirectoryNode::parentCode);
	}

}
