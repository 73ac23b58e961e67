package org.ducha.node.decomposition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a roll-up adds up to: counts, the mean progress with a completed assignment at
 * 100, and the worst light of the open ones.
 */
class RollUpTests {

	private static RollUpPart part(String subTask, String unit, String status, int percent, String light) {
		return new RollUpPart(subTask, "阳督〔2026〕1号", "分解任务", subTask + unit, unit, "LEAD", status, percent, light, null,
				LocalDate.of(2026, 12, 31));
	}

	@Test
	void nothingDecomposedAddsUpToNothing() {
		RollUp none = RollUp.none("a");
		assertThat(none.revision()).isZero();
		assertThat(none.subTasks()).isZero();
		assertThat(none.percentComplete()).isZero();
		assertThat(none.light()).isNull();
	}

	@Test
	void aCompletedAssignmentCountsAsDoneWhateverItLastReported() {
		RollUp rollUp = new RollUp("a", 3, Instant.now(), List.of(part("s1", "441704", "COMPLETED", 60, "GREEN"),
				part("s1", "441721", "REPORTING", 30, "YELLOW"), part("s2", "441700:fgj", "PENDING_SIGN", 0, "GREEN")));
		assertThat(rollUp.subTasks()).isEqualTo(2);
		assertThat(rollUp.signed()).isEqualTo(2);
		assertThat(rollUp.completed()).isEqualTo(1);
		assertThat(rollUp.percentComplete()).as("(100 + 30 + 0) / 3").isEqualTo(43);
		assertThat(rollUp.light()).isEqualTo("YELLOW");
	}

	@Test
	void theWorstOpenLightShowsAndACompletedOneNoLonger() {
		assertThat(new RollUp("a", 1, Instant.now(),
				List.of(part("s1", "441704", "COMPLETED", 100, "RED"), part("s1", "441721", "REPORTING", 50, "GREEN")))
			.light()).isEqualTo("GREEN");
		assertThat(new RollUp("a", 1, Instant.now(),
				List.of(part("s1", "441704", "REPORTING", 10, "RED"), part("s1", "441721", "SIGNED", 0, "YELLOW")))
			.light()).isEqualTo("RED");
		assertThat(new RollUp("a", 1, Instant.now(), List.of(part("s1", "441704", "COMPLETED", 100, "GREEN"))).light())
			.as("nothing open")
			.isNull();
	}

	@Test
	void aCoUnitsPartCountsAsSignedButNotForCompletionProgressOrLight() {
		RollUpPart co = new RollUpPart("s1", "阳督〔2026〕1号", "分解任务", "s1co", "441721", "CO", "SIGNED", 0, "RED", null,
				LocalDate.of(2026, 12, 31));
		RollUp rollUp = new RollUp("a", 2, Instant.now(), List.of(part("s1", "441704", "COMPLETED", 80, "GREEN"), co));
		assertThat(rollUp.signed()).isEqualTo(2);
		assertThat(rollUp.completed()).as("the lead closed its sub-task").isEqualTo(1);
		assertThat(rollUp.percentComplete()).isEqualTo(100);
		assertThat(rollUp.light()).as("the co-unit's late contribution is its own affair").isNull();
	}

}
