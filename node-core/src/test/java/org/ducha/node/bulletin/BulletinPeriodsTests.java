package org.ducha.node.bulletin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The periods each kind of bulletin covers, refused in Chinese first, and the titles they
 * suggest.
 */
class BulletinPeriodsTests {

	@Test
	void aMonthlyBulletinCoversOneCalendarMonth() {
		assertThatNoException().isThrownBy(
				() -> BulletinPeriods.check(BulletinKind.MONTHLY, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
		assertThatThrownBy(
				() -> BulletinPeriods.check(BulletinKind.MONTHLY, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28)))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageStartingWith("月度通报的期间须为一个自然月");
	}

	@Test
	void aQuarterlyBulletinCoversOneCalendarQuarter() {
		assertThatNoException().isThrownBy(() -> BulletinPeriods.check(BulletinKind.QUARTERLY, LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 6, 30)));
		assertThatThrownBy(() -> BulletinPeriods.check(BulletinKind.QUARTERLY, LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 4, 30)))
			.hasMessageStartingWith("季度通报的期间须为一个自然季度");
	}

	@Test
	void anAdHocBulletinCoversAtMostAYearAndNeverEndsBeforeItStarts() {
		assertThatThrownBy(
				() -> BulletinPeriods.check(BulletinKind.AD_HOC, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)))
			.hasMessageStartingWith("专项通报的期间不超过一年");
		assertThatThrownBy(
				() -> BulletinPeriods.check(BulletinKind.AD_HOC, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
			.hasMessageStartingWith("通报期间的结束日期早于开始日期");
	}

	@Test
	void suggestsATitleByKindAndPeriod() {
		assertThat(BulletinPeriods.title(BulletinKind.QUARTERLY, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
			.isEqualTo("关于2026年第2季度督查督办工作情况的通报");
		assertThat(BulletinPeriods.title(BulletinKind.AD_HOC, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 20)))
			.isEqualTo("关于2026年5月6日至2026年5月20日督查督办工作情况的通报");
	}

}
