package org.ducha.node.federation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Decides whether a peer may send an entry, at every node the entry passes
 * (docs/protocol.md §7.1, §8): its envelope — a child speaks only for its own subtree and
 * sends only upwards, a parent speaks only for nodes outside this subtree and sends only
 * into it — and, for a kind this version knows, its row of the authority table: the
 * channel, the direction of this hop and the one node that may originate it.
 */
@Component
class Ownership {

	private final NodeIdentity self;

	private final Directory directory;

	private final LinkTopology topology;

	private final Ancestry ancestry;

	private final AuthorityTable table;

	Ownership(NodeIdentity self, Directory directory, LinkTopology topology, Ancestry ancestry, AuthorityTable table) {
		this.self = self;
		this.directory = directory;
		this.topology = topology;
		this.ancestry = ancestry;
		this.table = table;
	}

	/**
	 * Checks an entry's shape, its envelope and, for a known kind, its authority row.
	 * @param from the link it arrived on
	 * @param channel the channel of its batch or snapshot
	 * @throws MalformedEventException when a required field is missing or unreadable
	 * @throws ForbiddenEventException when the sender may not send it
	 */
	void check(Link from, Channel channel, Entry entry) {
		checkShape(entry);
		checkEnvelope(from, entry);
		Optional<Authority> row = this.table.of(entry.getEvent().getKindCase());
		if (row.isPresent()) {
			checkAuthority(from, channel, entry, row.get());
		}
	}

	private void checkEnvelope(Link from, Entry entry) {
		String origin = entry.getOriginNode();
		String destination = entry.getDestinationNode();
		if (from.role() == PeerRole.CHILD) {
			Set<String> subtree = this.directory.subtreeOf(from.peer());
			if (!subtree.contains(origin)) {
				throw forbidden(entry, "origin " + origin + " is outside the subtree of child " + from.peer());
			}
			if (subtree.contains(destination)) {
				throw forbidden(entry, "destination " + destination + " lies in the sender's own subtree");
			}
			if (!destination.equals(this.self.code()) && this.directory.isSelfOrBelow(destination)) {
				throw forbidden(entry, "destination " + destination + " lies in another child's subtree");
			}
			if (!destination.equals(this.self.code()) && this.topology.parent().isEmpty()) {
				throw forbidden(entry, "destination " + destination + " is unknown to this node");
			}
		}
		else {
			if (this.directory.isSelfOrBelow(origin)) {
				throw forbidden(entry, "the parent cannot speak for node " + origin + " of this subtree");
			}
			if (!this.directory.isSelfOrBelow(destination)) {
				throw forbidden(entry, "destination " + destination + " is not in the subtree of " + this.self.code());
			}
		}
	}

	private void checkAuthority(Link from, Channel channel, Entry entry, Authority row) {
		String kind = AuthorityTable.messageName(entry.getEvent().getKindCase());
		if (row.channel() != channel) {
			throw forbidden(entry, kind + " travels on the " + Channels.key(row.channel()) + " channel, not on "
					+ Channels.key(channel));
		}
		Direction direction = Direction.from(from.role());
		if (!row.allows(direction)) {
			throw forbidden(entry, kind + " never travels " + direction.name().toLowerCase() + " (from "
					+ from.role().name().toLowerCase() + " " + from.peer() + ")");
		}
		String required = row.originator().requiredOrigin(entry.getEvent(), root());
		if (!entry.getOriginNode().equals(required)) {
			throw forbidden(entry, kind + " is originated by " + row.originator().description() + ", node "
					+ (required.isEmpty() ? "(none named)" : required) + ", not by node " + entry.getOriginNode());
		}
	}

	/** The root of the tree: the farthest ancestor, or this node when it has none. */
	private String root() {
		List<String> above = this.ancestry.codes();
		return above.isEmpty() ? this.self.code() : above.get(above.size() - 1);
	}

	private static void checkShape(Entry entry) {
		if (!NodeIdentity.isNodeCode(entry.getOriginNode())) {
			throw new MalformedEventException("entry " + entry.getSeq() + " has no valid origin node");
		}
		if (!NodeIdentity.isNodeCode(entry.getDestinationNode())) {
			throw new MalformedEventException("entry " + entry.getSeq() + " has no valid destination node");
		}
		try {
			UUID.fromString(entry.getEventId());
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException("entry " + entry.getSeq() + " has no valid event id");
		}
		if (!entry.hasOccurredAt() || !entry.hasEvent()) {
			throw new MalformedEventException("entry " + entry.getSeq() + " lacks its time or its event");
		}
		if (entry.getEvent().getKindCase() == Event.KindCase.KIND_NOT_SET
				&& entry.getEvent().getUnknownFields().asMap().isEmpty()) {
			throw new MalformedEventException("entry " + entry.getSeq() + " carries an empty event");
		}
	}

	private static ForbiddenEventException forbidden(Entry entry, String why) {
		return new ForbiddenEventException("entry " + entry.getSeq() + " (event " + entry.getEventId() + " from "
				+ entry.getOriginNode() + ") refused: " + why);
	}

}
