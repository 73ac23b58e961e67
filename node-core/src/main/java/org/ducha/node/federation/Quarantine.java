package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.problem.NotHeldException;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets aside the entries a receiver must not apply (docs/protocol.md §8.3): each is
 * recorded with its reason and audited as a security event, at the receiver in the
 * batch's transaction and at the sender once the Ack tells it. Neither end applies or
 * forwards it; both show it on the link's status.
 */
@Component
class Quarantine {

	private static final Logger logger = LoggerFactory.getLogger(Quarantine.class);

	/** How many of the latest entries set aside a new session states again. */
	static final int RESTATED = 100;

	private final QuarantineStore store;

	private final LinkAudit audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Quarantine(QuarantineStore store, LinkAudit audit, JdbcClient jdbc, PlatformTransactionManager transactions,
			Clock clock) {
		this.store = store;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Sets aside an entry received from a peer, in the current transaction.
	 * @param seq its place in the log, 0 for a snapshot record
	 * @param refusal why: a {@link ForbiddenEventException}, a {@link NotHeldException}
	 * or a {@link MalformedEventException}
	 */
	QuarantinedEntry received(Link from, Channel channel, long seq, Entry entry, RuntimeException refusal) {
		String cause = (refusal instanceof MalformedEventException) ? QuarantinedEntry.MALFORMED
				: (refusal instanceof NotHeldException) ? QuarantinedEntry.NOT_HELD : QuarantinedEntry.FORBIDDEN;
		String reason = (refusal instanceof NotHeldException notHeld) ? notHeld.what()
				+ " is not held here, though the fact is addressed to this node: lost when the node was restored from"
				+ " an older backup, or never recorded here" : refusal.getMessage();
		QuarantinedEntry quarantined = new QuarantinedEntry(QuarantinedEntry.IN, from.peer(), channel, seq,
				entry.getEventId(), entry.getOriginNode(), entry.getDestinationNode(),
				InboundApplier.kindName(entry.getEvent()), cause, reason, this.clock.instant());
		if (this.store.record(quarantined, entry.getEvent().toByteArray())) {
			logger.warn("Quarantined {} entry {} from {} on {}: {}", cause, seq, from.peer(), Channels.key(channel),
					reason);
			this.audit.securityWithChange("ENTRY_QUARANTINED", from, describe(quarantined));
		}
		return quarantined;
	}

	/**
	 * What this node set aside of a peer's log on one channel lately (the newest
	 * {@value #RESTATED}), to be said again in the first Ack of a session: the Ack that
	 * said it first may have been lost with its connection, after the batch committed
	 * here.
	 */
	List<QuarantinedEntry> toRestate(Link from, Channel channel, long appliedSeq) {
		return this.store.received(from.peer(), channel, appliedSeq, RESTATED);
	}

	/**
	 * Records what a peer said it set aside of this node's entries, in a transaction of
	 * its own; audited the first time only (an Ack may arrive twice).
	 */
	void refusedByPeer(Link to, Channel channel, List<org.ducha.proto.federation.v1.QuarantinedEntry> refused) {
		if (refused.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			for (org.ducha.proto.federation.v1.QuarantinedEntry wire : refused) {
				Optional<Map<String, Object>> sent = (wire.getSeq() == 0) ? Optional.empty()
						: this.jdbc
							.sql("SELECT destination_node, event_type FROM fed_outbound_entry "
									+ "WHERE peer_code = ? AND channel = ? AND seq = ?")
							.params(to.peer(), Channels.key(channel), wire.getSeq())
							.query()
							.listOfRows()
							.stream()
							.findFirst();
				QuarantinedEntry quarantined = new QuarantinedEntry(QuarantinedEntry.OUT, to.peer(), channel,
						wire.getSeq(), wire.getEventId(), wire.getOriginNode(),
						sent.map((row) -> (String) row.get("destination_node")).orElse(null),
						sent.map((row) -> (String) row.get("event_type")).orElse(null),
						QuarantinedEntry.cause(wire.getCause()), wire.getReason(), now);
				if (this.store.record(quarantined, null)) {
					logger.warn("Peer {} quarantined entry {} of {}: {}", to.peer(), wire.getSeq(),
							Channels.key(channel), wire.getReason());
					this.audit.securityWithChange("ENTRY_QUARANTINED_BY_PEER", to, describe(quarantined));
				}
			}
		});
	}

	private static String describe(QuarantinedEntry entry) {
		return entry.cause() + " " + ((entry.eventType() != null) ? entry.eventType() : "entry") + " on "
				+ Channels.key(entry.channel()) + ((entry.seq() > 0) ? " entry " + entry.seq() : " (snapshot record)")
				+ ", event " + entry.eventId() + " from " + entry.originNode()
				+ ((entry.destinationNode() != null) ? " to " + entry.destinationNode() : "") + ": " + entry.reason();
	}

}
