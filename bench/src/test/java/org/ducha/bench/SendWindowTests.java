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
		window.rewind(5);
		assertThat(window.nextSeq()).isEqualTo(11);
		assertThat(window.batchesInFlight()).isZero();
		window.sent(25, 2);
		assertThat(window.resent()).isEqualTo(10);
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
