package org.ducha.node.federation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the link engine ({@code ducha.federation.*}).
 *
 * @param transport how links travel: {@code grpc}, or {@code none} when a test drives the
 * sessions itself
 * @param window unacknowledged batches per channel a sender may have in flight
 * @param batchEntries most entries a sender puts in one batch
 * @param batchBytes most payload bytes a sender puts in one batch (after its first entry)
 * @param maxFrameBytes largest frame a receiver accepts; well under gRPC's 4 MiB limit
 * @param maxBatchEntries most entries a receiver accepts in one batch
 * @param snapshotChunkRecords records per snapshot chunk
 * @param blockAfterFailures failed attempts after which a receiver blocks a channel
 * @param ackTimeout a sender resends unacknowledged batches after this long without an
 * Ack, at least: the timeout in force adapts to the Ack rate the sender observes
 * (docs/protocol.md, "Adaptive Ack timeout")
 * @param ackTimeoutFactor the timeout in force is this many times what the observed Ack
 * rate needs for the entries unacknowledged, when that is longer than {@code ack-timeout}
 * @param ackTimeoutMax but never longer than this, so that a silent peer still times out
 * @param mergeEntries most entries a receiver applies in one transaction when batches of
 * one channel wait in its lane (docs/protocol.md, "Lanes and merged batches")
 * @param helloTimeout a session without Hello is closed after this long
 * @param retryAfterRefusal a sender waits this long before resending a refused batch
 * @param retention acknowledged entries are kept this long
 * @param backlogAlarmEntries operators are alarmed beyond this many unacknowledged
 * entries
 * @param backlogAlarmAge or when the oldest unacknowledged entry is older than this
 * @param deduplication switched off only by the simulation's negative control
 * @param client reconnect and keepalive of the child's link
 * @param server keepalive policy of the parent's link server
 */
@ConfigurationProperties("ducha.federation")
public record FederationSettings(@DefaultValue("grpc") String transport, @DefaultValue("8") int window,
		@DefaultValue("256") int batchEntries, @DefaultValue("1048576") int batchBytes,
		@DefaultValue("3145728") int maxFrameBytes, @DefaultValue("2000") int maxBatchEntries,
		@DefaultValue("200") int snapshotChunkRecords, @DefaultValue("10") int blockAfterFailures,
		@DefaultValue("20s") Duration ackTimeout, @DefaultValue("30s") Duration helloTimeout,
		@DefaultValue("5s") Duration retryAfterRefusal, @DefaultValue("7d") Duration retention,
		@DefaultValue("10000") long backlogAlarmEntries, @DefaultValue("1h") Duration backlogAlarmAge,
		@DefaultValue("true") boolean deduplication, @DefaultValue Client client, @DefaultValue Server server,
		@DefaultValue("3") double ackTimeoutFactor, @DefaultValue("5m") Duration ackTimeoutMax,
		@DefaultValue("2048") int mergeEntries) {

	public FederationSettings {
		if (client.keepAliveTime().compareTo(server.permitKeepAliveTime()) < 0) {
			throw new IllegalArgumentException("ducha.federation.client.keep-alive-time (" + client.keepAliveTime()
					+ ") must not be shorter than ducha.federation.server.permit-keep-alive-time ("
					+ server.permitKeepAliveTime() + "): a parent would refuse the child's pings and cut its link");
		}
		if (window < 1 || batchEntries < 1 || batchEntries > maxBatchEntries) {
			throw new IllegalArgumentException(
					"ducha.federation: window must be at least 1 and batch-entries between 1 "
							+ "and max-batch-entries (" + maxBatchEntries + ")");
		}
		if (ackTimeoutMax.compareTo(ackTimeout) < 0 || ackTimeoutFactor < 1 || mergeEntries < 1) {
			throw new IllegalArgumentException("ducha.federation: ack-timeout-max must not be shorter than "
					+ "ack-timeout, ack-timeout-factor must be at least 1 and merge-entries at least 1");
		}
	}

	/** Whether links run over gRPC (otherwise a test drives the sessions). */
	public boolean grpc() {
		return "grpc".equals(this.transport);
	}

	/**
	 * The child's side of a link.
	 *
	 * @param initialBackoff first wait before dialling again
	 * @param maxBackoff longest wait
	 * @param backoffMultiplier growth of the wait after each failure
	 * @param jitter random spread of each wait, as a fraction
	 * @param keepAliveTime ping interval on an idle connection
	 * @param keepAliveTimeout a connection whose ping is unanswered this long is dead
	 */
	public record Client(@DefaultValue("1s") Duration initialBackoff, @DefaultValue("90s") Duration maxBackoff,
			@DefaultValue("1.6") double backoffMultiplier, @DefaultValue("0.2") double jitter,
			@DefaultValue("30s") Duration keepAliveTime, @DefaultValue("10s") Duration keepAliveTimeout) {
	}

	/**
	 * The parent's link server.
	 *
	 * @param permitKeepAliveTime the most frequent ping a client may send; below the
	 * client's interval so that clients are never cut for pinging
	 * @param maxConnectionAgeGrace time a stream gets to finish after its connection aged
	 * out
	 */
	public record Server(@DefaultValue("20s") Duration permitKeepAliveTime,
			@DefaultValue("30s") Duration maxConnectionAgeGrace) {
	}

}
