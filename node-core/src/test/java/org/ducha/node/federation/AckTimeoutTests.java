package org.ducha.node.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ducha.node.federation.OutboundChannel.Mode;
import org.ducha.node.testing.TestClock;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's Ack timeout adapts to the pace at which the peer acknowledges
 * (docs/protocol.md, "Adaptive Ack timeout"), on a fake clock.
 */
class AckTimeoutTests {

	private static final FederationSettings SETTINGS = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("ducha.federation", FederationSettings.class);

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T01:00:00Z"));

	private final OutboundChannel channel = logChannel();

	private static OutboundChannel logChannel() {
		OutboundChannel channel = new OutboundChannel(Channel.CHANNEL_TASK);
		channel.resumeLog(1);
		assertThat(channel.mode).isEqualTo(Mode.LOG);
		return channel;
	}

	/** Fills the window: 8 batches of 256 entries from the next one to send. */
	private void fillWindow() {
		while (this.channel.inFlight.size() < SETTINGS.window()) {
			this.channel.sent(this.channel.nextSeq + SETTINGS.batchEntries() - 1, this.clock.instant());
		}
	}

	/**
	 * Waits a while, then the peer acknowledges one batch; true if it timed out first.
	 */
	private boolean slowAck(Duration wait) {
		boolean timedOut = false;
		for (Duration waited = Duration.ZERO; waited.compareTo(wait) < 0; waited = waited.plusSeconds(1)) {
			this.clock.advance(Duration.ofSeconds(1));
			timedOut |= this.channel.overdue(this.clock.instant(), this.channel.ackTimeout(SETTINGS));
		}
		this.channel.acknowledged(this.channel.inFlight.peek(), this.clock.instant());
		fillWindow();
		return timedOut;
	}

	@Test
	void startsFromTheConfiguredTimeoutBeforeAnyAck() {
		fillWindow();
		assertThat(this.channel.ackTimeout(SETTINGS)).isEqualTo(SETTINGS.ackTimeout());
	}

	@Test
	void aSlowPeerThatMakesProgressNeverTimesOut() {
		fillWindow();
		// the first Ack, 19 s after sending: within the configured 20 s
		assertThat(slowAck(Duration.ofSeconds(19))).isFalse();
		for (int i = 0; i < 20; i++) {
			// later Acks come 30 s apart: beyond the configured timeout, at a steady pace
			assertThat(slowAck(Duration.ofSeconds(30))).as("Ack %d", i).isFalse();
		}
		// 2,048 entries in flight at 256 per 30 s: three times what the pace needs, at
		// most the longest timeout
		assertThat(this.channel.ackTimeout(SETTINGS)).isEqualTo(SETTINGS.ackTimeoutMax());
	}

	@Test
	void theFixedTimeoutWouldHaveResentTheSameSlowPeer() {
		// the negative control: the same pace judged by the configured timeout alone
		fillWindow();
		this.clock.advance(Duration.ofSeconds(19));
		this.channel.acknowledged(this.channel.inFlight.peek(), this.clock.instant());
		fillWindow();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.channel.overdue(this.clock.instant(), SETTINGS.ackTimeout())).isTrue();
	}

	@Test
	void aSilentPeerStillTimesOut() {
		fillWindow();
		for (int i = 0; i < 5; i++) {
			slowAck(Duration.ofSeconds(2));
		}
		Duration timeout = this.channel.ackTimeout(SETTINGS);
		assertThat(timeout).isLessThanOrEqualTo(SETTINGS.ackTimeoutMax());
		// then nothing at all: once the timeout in force has passed, the window is resent
		this.clock.advance(timeout);
		assertThat(this.channel.overdue(this.clock.instant(), this.channel.ackTimeout(SETTINGS))).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.channel.overdue(this.clock.instant(), this.channel.ackTimeout(SETTINGS))).isTrue();
	}

	@Test
	void aPeerSlowerThanTheLongestTimeoutIsResentAtTheLongest() {
		fillWindow();
		for (int i = 0; i < 2; i++) {
			// one entry acknowledged per 19 s: the pace would ask for hours
			this.clock.advance(Duration.ofSeconds(19));
			this.channel.acknowledged(this.channel.acked + 1, this.clock.instant());
		}
		assertThat(this.channel.ackTimeout(SETTINGS)).isEqualTo(SETTINGS.ackTimeoutMax());
		this.clock.advance(SETTINGS.ackTimeoutMax().plusSeconds(1));
		assertThat(this.channel.overdue(this.clock.instant(), this.channel.ackTimeout(SETTINGS))).isTrue();
	}

}
