package org.ducha.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendWindowTests {

	@Test
	void sendsNoMoreBatchesThanTheWindowUntilAcknowledged() {
		SendWindow window = new SendWindow(2);
		window.resume(1);
		window.sent(10, 0);
		assertThat(window.canSend(100)).isTrue();
		window.sent(20, 0);
		assertThat(window.canSend(100)).isFalse();
		assertThat(window.acknowledged(10, 5)).isTrue();
		assertThat(window.canSend(100)).isTrue();
		assertThat(window.nextSeq()).isEqualTo(21);
		assertThat(window.batchesInFlight()).isEqualTo(1);
	}

	@Test
	void hasNothingToSendAtTheEndOfTheLog() {
		SendWindow window = new SendWindow(8);
		window.resume(1);
		window.sent(5, 0);
		assertThat(window.canSend(5)).isFalse();
		assertThat(window.canSend(6)).isTrue();
	}

	@Test
	void refusesAnAckBeyondWhatWasSent() {
		SendWindow window = new SendWindow(8);
		window.resume(1);
		window.sent(5, 0);
		assertThat(window.acknowledged(6, 1)).isFalse();
		assertThat(window.acked()).isZero();
	}

	@Test
	void resumesAfterWhatThePeerApplied() {
		SendWindow window = new SendWindow(8);
		window.resume(41);
		assertThat(window.acked()).isEqualTo(40);
		assertThat(window.nextSeq()).isEqualTo(41);
	}

	@Test
	void rewindSendsAgainFromTheFirstUnacknowledgedEntryAndCountsTheResent() {
		SendWindow window = new SendWindow(8);
		window.resume(1);
		window.sent(10, 0);
		window.sent(20, 0);
		window.acknowledged(10, 1);
		window.rewind(5, SendWindow.Cause.NACK);
		assertThat(window.nextSeq()).isEqualTo(11);
		assertThat(window.batchesInFlight()).isZero();
		window.sent(25, 2);
		assertThat(window.resent()).isEqualTo(10);
		assertThat(window.resent(SendWindow.Cause.NACK)).isEqualTo(10);
	}

	@Test
	void countsWhatGoesOutAgainByItsCause() {
		SendWindow window = new SendWindow(8);
		window.resume(1);
		window.sent(10, 0);
		window.rewind(1, SendWindow.Cause.ACK_TIMEOUT);
		window.sent(10, 1);
		window.sent(20, 2);
		window.resume(16);
		window.sent(20, 3);
		window.rewind(18, SendWindow.Cause.NACK);
		window.sent(20, 4);
		assertThat(window.resent(SendWindow.Cause.ACK_TIMEOUT)).isEqualTo(10);
		assertThat(window.resent(SendWindow.Cause.RECONNECT)).isEqualTo(5);
		assertThat(window.resent(SendWindow.Cause.NACK)).isEqualTo(3);
		assertThat(window.resent()).isEqualTo(18);
	}

	@Test
	void aSlowReceiverThatKeepsAcknowledgingNeverTimesOut() {
		long configured = 20;
		SendWindow window = new SendWindow(8);
		window.resume(1);
		long now = 1_000;
		for (int batch = 0; batch < 8; batch++) {
			window.sent(100L * (batch + 1), now);
		}
		// the receiver applies a batch of 100 every 25 ticks: slower than the configured
		// timeout, and steadily
		window.acknowledged(100, now += 19);
		for (long through = 200; through <= 800; through += 100) {
			now += 25;
			assertThat(window.timedOut(now, configured)).as("just before the Ack of %d", through).isFalse();
			window.acknowledged(through, now);
			window.sent(through + 700, now);
		}
		assertThat(window.resent()).isZero();
	}

	@Test
	void aSilentReceiverStillTimesOutAfterTheAdaptedTimeout() {
		long configured = 20;
		SendWindow window = new SendWindow(8);
		window.resume(1);
		window.sent(100, 1_000);
		window.sent(200, 1_000);
		window.acknowledged(100, 1_025);
		// 0.25 ticks per entry observed: 100 entries are expected in 25, waited 4 × as
		// long
		assertThat(window.timeoutNanos(configured)).isEqualTo(100);
		assertThat(window.timedOut(1_125, configured)).isFalse();
		assertThat(window.timedOut(1_126, configured)).isTrue();
	}

	@Test
	void theAdaptedTimeoutStaysWithinTheConfiguredOneAndItsCap() {
		SendWindow fast = new SendWindow(8);
		fast.resume(1);
		fast.sent(100, 1_000);
		fast.sent(200, 1_000);
		fast.acknowledged(100, 1_001);
		assertThat(fast.timeoutNanos(20)).isEqualTo(20);
		SendWindow slow = new SendWindow(8);
		slow.resume(1);
		slow.sent(100, 1_000);
		slow.sent(200, 1_000);
		slow.acknowledged(100, 1_001_000);
		assertThat(slow.timeoutNanos(20)).isEqualTo(20L * SendWindow.CAP);
	}

	@Test
	void anAckWithoutProgressDoesNotRestartTheClock() {
		SendWindow window = new SendWindow(8);
		window.resume(1);
		window.sent(10, 1_000);
		window.acknowledged(0, 1_008);
		assertThat(window.timedOut(1_011, 10)).isTrue();
	}

	@Test
	void timesOutOnlyWhileABatchWaits() {
		SendWindow window = new SendWindow(8);
		window.resume(1);
		assertThat(window.timedOut(1_000, 10)).isFalse();
		window.sent(3, 100);
		assertThat(window.timedOut(105, 10)).isFalse();
		assertThat(window.timedOut(111, 10)).isTrue();
		window.acknowledged(3, 120);
		assertThat(window.timedOut(1_000, 10)).isFalse();
	}

}
