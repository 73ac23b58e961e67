package org.ducha.bench;

import java.util.concurrent.TimeUnit;

import org.ducha.node.federation.FederationSettings;

/**
 * The sending limits a simulated peer keeps: the same as a node's link engine.
 *
 * @param window unacknowledged batches per channel
 * @param batchEntries entries per batch
 * @param batchBytes bytes per batch
 * @param ackTimeoutNanos resend from the first unacknowledged entry after waiting this
 * long for an Ack
 */
record PeerLimits(int window, int batchEntries, int batchBytes, long ackTimeoutNanos) {

	static PeerLimits of(FederationSettings settings) {
		return new PeerLimits(settings.window(), settings.batchEntries(), settings.batchBytes(),
				TimeUnit.MILLISECONDS.toNanos(settings.ackTimeout().toMillis()));
	}

}
