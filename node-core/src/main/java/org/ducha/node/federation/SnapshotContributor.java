package org.ducha.node.federation;

import java.util.List;

import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

/**
 * Supplies the state records a peer must receive on one channel during a re-sync,
 * expressed as the events that would have produced them, in a stable key order.
 */
public interface SnapshotContributor {

	/** Channel whose log these records stand for. */
	Channel channel();

	/**
	 * Short name ordering this contributor among those of its channel; part of each key.
	 */
	String name();

	/**
	 * Reads the next records for a peer.
	 * @param peer the link the snapshot goes to
	 * @param afterKey resume point (exclusive), empty to start
	 * @param limit the most records to return
	 * @return records with keys strictly after {@code afterKey}, in key order
	 */
	List<SnapshotRecord> read(Link peer, String afterKey, int limit);

}
