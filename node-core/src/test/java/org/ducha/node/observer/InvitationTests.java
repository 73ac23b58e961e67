package org.ducha.node.observer;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An invitation's period, both days included, and its withdrawal.
 */
class InvitationTests {

	private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

	private static final LocalDate UNTIL = LocalDate.of(2026, 12, 15);

	private static Invitation standing() {
		return new Invitation("i-1", "observer-441700", TargetKind.TASK, "t-1", "推进滨海新区基础设施建设", FROM, UNTIL,
				"supervisor-441700", Instant.parse("2026-11-30T02:00:00Z"), null);
	}

	@Test
	void coversItsFirstAndLastDay() {
		assertThat(standing().coversOn(FROM)).isTrue();
		assertThat(standing().coversOn(UNTIL)).isTrue();
		assertThat(standing().stateOn(UNTIL)).isEqualTo(InvitationState.ACTIVE);
	}

	@Test
	void refusesTheDayAfterItsLastDay() {
		assertThat(standing().coversOn(UNTIL.plusDays(1))).isFalse();
		assertThat(standing().stateOn(UNTIL.plusDays(1))).isEqualTo(InvitationState.ENDED);
	}

	@Test
	void refusesTheDayBeforeItsFirstDay() {
		assertThat(standing().coversOn(FROM.minusDays(1))).isFalse();
		assertThat(standing().stateOn(FROM.minusDays(1))).isEqualTo(InvitationState.UPCOMING);
	}

	@Test
	void aWithdrawnInvitationCoversNoDayOfItsPeriod() {
		Invitation withdrawn = standing().withdraw("supervisor-441700", Instant.parse("2026-12-05T02:00:00Z"), "调整人选",
				FROM.plusDays(4));
		assertThat(withdrawn.coversOn(FROM.plusDays(4))).isFalse();
		assertThat(withdrawn.coversOn(FROM)).isFalse();
		assertThat(withdrawn.stateOn(FROM.plusDays(4))).isEqualTo(InvitationState.WITHDRAWN);
		assertThat(withdrawn.withdrawal().reason()).isEqualTo("调整人选");
	}

	@Test
	void refusesToWithdrawTwice() {
		Invitation withdrawn = standing().withdraw("supervisor-441700", Instant.parse("2026-12-05T02:00:00Z"), "调整人选",
				FROM.plusDays(4));
		assertThatThrownBy(() -> withdrawn.withdraw("supervisor-441700", Instant.parse("2026-12-06T02:00:00Z"), "再撤",
				FROM.plusDays(5)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("WITHDRAWN");
	}

	@Test
	void refusesToWithdrawAnEndedInvitationNamingItsLastDay() {
		assertThatThrownBy(() -> standing().withdraw("supervisor-441700", Instant.parse("2026-12-16T02:00:00Z"), "迟撤",
				UNTIL.plusDays(1)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("ENDED")
			.hasMessageContaining("2026-12-15");
	}

	@Test
	void anUpcomingInvitationCanBeWithdrawn() {
		assertThat(
				standing().withdraw("supervisor-441700", Instant.parse("2026-11-30T03:00:00Z"), "改期", FROM.minusDays(1))
					.stateOn(FROM))
			.isEqualTo(InvitationState.WITHDRAWN);
	}

	@Test
	void refusesAPeriodThatEndsBeforeItBegins() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Invitation("i-2", "observer-441700", TargetKind.TASK,
				"t-1", "题", UNTIL, FROM, "supervisor-441700", Instant.parse("2026-11-30T02:00:00Z"), null));
	}

}
