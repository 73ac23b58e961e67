package org.ducha.node.federation;

import java.util.List;

import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

/**
 * A seam into the receiver for the fault simulation: it sees each entry before it is
 * applied (and may crash the node there) and every committed batch. Production nodes have
 * none.
 */
public interface ApplyProbe {

	/**
	 * Called inside the receiver's transaction before each new entry is applied.
	 * @param link where the batch came from
	 * @param channel its channel
	 * @param seq the entry's sequence number
	 * @param index the entry's position in its batch
	 */
	default void beforeEntry(Link link, Channel channel, long seq, int index) {
	}

	/**
	 * Called inside the receiver's transaction after the last entry, before it commits.
	 */
	default void beforeCommit(Link link, Channel channel) {
	}

	/** Called after a batch committed, with the deliveries applied here (not skipped). */
	default void committed(Link link, Channel channel, List<AppliedDelivery> applied) {
	}

	/**
	 * One delivery applied at this node.
	 *
	 * @param originNode where it was born
	 * @param eventId its id there
	 * @param destinationNode where it is going
	 * @param seq its position in the link's log
	 */
	record AppliedDelivery(String originNode, String eventId, String destinationNode, long seq) {
	}

}
