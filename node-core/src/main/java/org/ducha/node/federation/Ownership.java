package org.ducha.node.federation;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.NodeIdentity;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Entry;

import org.springframework.stereotype.Component;

/**
 * Decides whether a peer may send an entry (docs/protocol.md §7.1): a child speaks only
 * for its own subtree and sends only upwards; a parent speaks only for nodes outside this
 * subtree and sends only into it.
 */
@Component
class Ownership {

	private final NodeIdentity self;

	private final Directory directory;

	private final LinkTopology topology;

	private final EventHandlers handlers;

	Ownership(NodeIdentity self, Directory directory, LinkTopology topology, EventHandlers handlers) {
		this.self = self;
		this.directory = directory;
		this.topology = topology;
		this.handlers = handlers;
	}

	/**
	 * Checks an entry's shape and its sender's authority.
	 * @throws MalformedEventException when a required field is missing or unreadable
	 * @throws ForbiddenEventException when the sender may not send it
	 */
	void check(Link from, Entry entry) {
		checkShape(entry);
		String origin = entry.getOriginNode();
		String destination = entry.getDestinationNode();
		Optional<String> subject = this.handlers.of(entry.getEvent())
			.flatMap((handler) -> handler.subjectNode(entry.getEvent()));
		if (from.role() == PeerRole.CHILD) {
			Set<String> subtree = this.directory.subtreeOf(from.peer());
			if (!subtree.contains(origin)) {
				throw forbidden(entry, "origin " + origin + " is outside the subtree of child " + from.peer());
			}
			if (subject.isPresent() && !subtree.contains(subject.get())) {
				throw forbidden(entry,
						"it states a fact of node " + subject.get() + ", outside the subtree of child " + from.peer());
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
			if (subject.isPresent() && this.directory.isSelfOrBelow(subject.get())) {
				throw forbidden(entry, "the parent cannot state a fact of node " + subject.get() + " of this subtree");
			}
			if (!this.directory.isSelfOrBelow(destination)) {
				throw forbidden(entry, "destination " + destination + " is not in the subtree of " + this.self.code());
			}
		}
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
	}

	private static ForbiddenEventException forbidden(Entry entry, String why) {
		return new ForbiddenEventException("entry " + entry.getSeq() + " (event " + entry.getEventId() + " from "
				+ entry.getOriginNode() + ") refused: " + why);
	}

}
