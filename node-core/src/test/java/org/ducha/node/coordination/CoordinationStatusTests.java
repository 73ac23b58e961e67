package org.ducha.node.coordination;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a lead unit owes a written report (二(一)): after two coordination attempts without
 * result, unless a resolved attempt came after them or a report answered them.
 */
class CoordinationStatusTests {

	private static final Instant START = Instant.parse("2024-03-04T02:00:00Z");

	private final List<Coordination> attempts = new ArrayList<>();

	private final List<WrittenReport> reports = new ArrayList<>();

	private int clock;

	/** An attempt that took place on a day, recorded after everything before it. */
	private void attempt(String date, CoordinationOutcome outcome) {
		this.attempts.add(Coordination.of("c" + this.attempts.size(), "a", "t", "441704",
				new NewCoordination(LocalDate.parse(date), List.of("441702"), "河道清淤经费分担", outcome, null), "李", tick()));
	}

	private void report() {
		this.reports.add(new WrittenReport("r" + this.reports.size(), "两次召开协调会", "经费分担意见不一", "请市政府统筹", "李", tick()));
	}

	private Instant tick() {
		return START.plus(Duration.ofMinutes(++this.clock));
	}

	private CoordinationStatus status() {
		return CoordinationStatus.of(this.attempts, this.reports);
	}

	@Test
	void nothingIsOwedBeforeAnyAttempt() {
		assertThat(status()).isEqualTo(new CoordinationStatus(0, 0, false, null));
	}

	@Test
	void oneUnresolvedAttemptOwesNothingTheSecondOwesAWrittenReport() {
		attempt("2024-03-05", CoordinationOutcome.UNRESOLVED);
		assertThat(status()).isEqualTo(new CoordinationStatus(1, 1, false, null));
		attempt("2024-03-12", CoordinationOutcome.UNRESOLVED);
		assertThat(status()).isEqualTo(new CoordinationStatus(2, 2, true, null));
	}

	@Test
	void aResolvedAttemptAfterThemClearsTheDebt() {
		attempt("2024-03-05", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-12", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-19", CoordinationOutcome.RESOLVED);
		assertThat(status()).isEqualTo(new CoordinationStatus(3, 0, false, null));
		attempt("2024-03-26", CoordinationOutcome.UNRESOLVED);
		assertThat(status()).as("counting starts again after the resolved one")
			.isEqualTo(new CoordinationStatus(4, 1, false, null));
	}

	@Test
	void attemptsCountInTheOrderTheyTookPlaceNotTheOrderTheyWereRecorded() {
		attempt("2024-03-12", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-19", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-05", CoordinationOutcome.RESOLVED);
		assertThat(status()).as("an earlier resolved attempt recorded late does not clear later failures")
			.isEqualTo(new CoordinationStatus(3, 2, true, null));
	}

	@Test
	void aResolvedAttemptBetweenTwoFailuresLeavesNothingOwed() {
		attempt("2024-03-05", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-12", CoordinationOutcome.RESOLVED);
		attempt("2024-03-19", CoordinationOutcome.UNRESOLVED);
		assertThat(status()).isEqualTo(new CoordinationStatus(3, 1, false, null));
	}

	@Test
	void theReportAnswersTheAttemptsBeforeItAndTwoMoreFailuresOweAnother() {
		attempt("2024-03-05", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-12", CoordinationOutcome.UNRESOLVED);
		report();
		CoordinationStatus answered = status();
		assertThat(answered.writtenReportRequired()).isFalse();
		assertThat(answered.unresolved()).isEqualTo(2);
		assertThat(answered.writtenReport().alertId()).isEqualTo("r0");

		attempt("2024-03-19", CoordinationOutcome.UNRESOLVED);
		assertThat(status().writtenReportRequired()).as("one more failure after the report").isFalse();
		attempt("2024-03-26", CoordinationOutcome.UNRESOLVED);
		assertThat(status()).as("two more failures after the report").satisfies((owed) -> {
			assertThat(owed.unresolved()).isEqualTo(4);
			assertThat(owed.writtenReportRequired()).isTrue();
			assertThat(owed.writtenReport().alertId()).isEqualTo("r0");
		});
		report();
		assertThat(status().writtenReportRequired()).isFalse();
		assertThat(status().writtenReport().alertId()).isEqualTo("r1");
	}

	@Test
	void aReportOfAnEarlierRoundDoesNotAnswerANewOne() {
		attempt("2024-03-05", CoordinationOutcome.UNRESOLVED);
		attempt("2024-03-12", CoordinationOutcome.UNRESOLVED);
		report();
		attempt("2024-03-19", CoordinationOutcome.RESOLVED);
		attempt("2024-04-02", CoordinationOutcome.UNRESOLVED);
		attempt("2024-04-09", CoordinationOutcome.UNRESOLVED);
		assertThat(status()).isEqualTo(new CoordinationStatus(5, 2, true, null));
	}

}
