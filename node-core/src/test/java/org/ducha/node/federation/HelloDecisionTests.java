package org.ducha.node.federation;

import org.junit.jupiter.api.Test;

import org.ducha.node.federation.HelloDecision.Resume;
import org.ducha.node.federation.HelloDecision.Resync;
import org.ducha.proto.federation.v1.ResyncReason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every decision a receiver takes from a Hello (docs/protocol.md §5.3).
 */
class HelloDecisionTests {

	private static final String EPOCH = "4b1c1a4e-0000-4000-8000-000000000001";

	@Test
	void aReceiverThatNeverFollowedTheLogStartsAtOneWhileTheLogIsWhole() {
		assertThat(HelloDecision.decide(null, 0, EPOCH, 0, 1)).isEqualTo(new Resume(1));
		assertThat(HelloDecision.decide("", 0, EPOCH, 42, 1)).isEqualTo(new Resume(1));
	}

	@Test
	void aNewNodeNeedsASnapshotOnceTheLogNoLongerStartsAtOne() {
		assertThat(HelloDecision.decide(null, 0, EPOCH, 42, 17)).isInstanceOfSatisfying(Resync.class,
				(resync) -> assertThat(resync.reason()).isEqualTo(ResyncReason.RESYNC_REASON_NEW_NODE));
	}

	@Test
	void resumesAfterTheLastAppliedEntry() {
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 42, 30)).isEqualTo(new Resume(41));
		assertThat(HelloDecision.decide(EPOCH, 42, EPOCH, 42, 43)).as("everything applied and purged")
			.isEqualTo(new Resume(43));
	}

	@Test
	void aRecreatedLogNeedsAResync() {
		assertThat(HelloDecision.decide(EPOCH, 40, "another-epoch", 42, 1)).isInstanceOfSatisfying(Resync.class,
				(resync) -> assertThat(resync.reason()).isEqualTo(ResyncReason.RESYNC_REASON_EPOCH_CHANGED));
	}

	@Test
	void aLogTruncatedPastTheCursorNeedsAResync() {
		assertThat(HelloDecision.decide(EPOCH, 10, EPOCH, 42, 20)).isInstanceOfSatisfying(Resync.class,
				(resync) -> assertThat(resync.reason()).isEqualTo(ResyncReason.RESYNC_REASON_LOG_TRUNCATED));
		assertThat(HelloDecision.decide(EPOCH, 10, EPOCH, 42, 11)).as("the next entry is still there")
			.isEqualTo(new Resume(11));
	}

	@Test
	void aSenderHoldingAnotherEntryWhereTheReceiverStandsWasRestoredAndWroteAgain() {
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 42, 1, false, "a@441704", "b@441704"))
			.isInstanceOfSatisfying(Resync.class, (resync) -> {
				assertThat(resync.reason()).isEqualTo(ResyncReason.RESYNC_REASON_SENDER_REGRESSED);
				assertThat(resync.detail()).contains("diverged at entry 40");
			});
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 42, 1, false, "a@441704", "a@441704"))
			.as("the same entry: a lagging receiver")
			.isEqualTo(new Resume(41));
	}

	@Test
	void anUnknownFingerprintSkipsTheComparison() {
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 42, 1, false, "", "b@441704")).as("an older receiver")
			.isEqualTo(new Resume(41));
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 42, 1, false, "a@441704", "")).as("purged or not told")
			.isEqualTo(new Resume(41));
		assertThat(HelloDecision.decide(null, 0, EPOCH, 42, 1, false, null, "b@441704")).as("nothing applied")
			.isEqualTo(new Resume(1));
	}

	@Test
	void theReceiverKnowsTheSendersEntryAtItsCursorOnlyWhenItIsTheLogsLast() {
		assertThat(HelloDecision.logFingerprintAt(42, 42, "b@441704")).isEqualTo("b@441704");
		assertThat(HelloDecision.logFingerprintAt(40, 42, "b@441704")).isEmpty();
		assertThat(HelloDecision.logFingerprintAt(42, 42, null)).isEmpty();
	}

	@Test
	void theOtherChecksComeBeforeTheFingerprints() {
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 35, 1, false, "a@441704", "a@441704"))
			.isInstanceOfSatisfying(Resync.class, (resync) -> assertThat(resync.detail()).contains("log ends at 35"));
		assertThat(HelloDecision.decide(EPOCH, 40, "another-epoch", 42, 1, false, "a@441704", "b@441704"))
			.isInstanceOfSatisfying(Resync.class,
					(resync) -> assertThat(resync.reason()).isEqualTo(ResyncReason.RESYNC_REASON_EPOCH_CHANGED));
	}

	@Test
	void aSenderBehindWhatWasAppliedWasRestoredAndNeedsAResync() {
		assertThat(HelloDecision.decide(EPOCH, 40, EPOCH, 35, 1)).isInstanceOfSatisfying(Resync.class,
				(resync) -> assertThat(resync.reason()).isEqualTo(ResyncReason.RESYNC_REASON_SENDER_REGRESSED));
	}

}
