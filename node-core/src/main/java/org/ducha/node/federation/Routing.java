package org.ducha.node.federation;

import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.LinkTopology;
import org.ducha.node.tree.PeerRole;

import org.springframework.stereotype.Component;

/**
 * Which link leads to a node: the child whose subtree holds it, otherwise the parent.
 */
@Component
public class Routing {

	private final NodeIdentity self;

	private final Directory directory;

	private final LinkTopology topology;

	Routing(NodeIdentity self, Directory directory, LinkTopology topology) {
		this.self = self;
		this.directory = directory;
		this.topology = topology;
	}

	/**
	 * The next hop towards a destination other than this node.
	 * @throws UnroutableDestinationException when none leads there
	 */
	public Link nextHop(String destination) {
		if (this.self.code().equals(destination)) {
			throw new UnroutableDestinationException("Destination " + destination + " is this node itself");
		}
		Optional<String> child = this.directory.viaPeer(destination);
		if (child.isPresent()) {
			return new Link(child.get(), PeerRole.CHILD);
		}
		return this.topology.parent()
			.orElseThrow(() -> new UnroutableDestinationException(
					"No link of node " + this.self.code() + " leads to node " + destination));
	}

}
