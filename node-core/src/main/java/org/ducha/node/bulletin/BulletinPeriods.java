package org.ducha.node.bulletin;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.ducha.node.problem.InvalidRequestException;

/**
 * The periods the kinds of bulletin cover, and the titles they suggest.
 */
final class BulletinPeriods {

	/**
	 * The longest ad-hoc period: a year and a day would be an assessment, not a bulletin.
	 */
	private static final int MAX_DAYS = 366;

	private BulletinPeriods() {
	}

	/**
	 * Checks a period against its kind.
	 * @throws InvalidRequestException naming what is wrong
	 */
	static void check(BulletinKind kind, LocalDate from, LocalDate to) {
		if (kind == null || from == null || to == null) {
			throw new InvalidRequestException("通报须指明类型和起止日期 (a bulletin needs its kind, from and to)");
		}
		if (to.isBefore(from)) {
			throw new InvalidRequestException(
					"通报期间的结束日期早于开始日期 (the period ends on " + to + " before it starts on " + from + ")");
		}
		boolean fits = switch (kind) {
			case MONTHLY -> from.getDayOfMonth() == 1 && to.equals(from.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTERLY -> from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
					&& to.equals(from.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
			case AD_HOC -> from.plusDays(MAX_DAYS).isAfter(to);
		};
		if (!fits) {
			throw new InvalidRequestException(switch (kind) {
				case MONTHLY -> "月度通报的期间须为一个自然月 (a monthly bulletin covers one calendar month, from its "
						+ "first to its last day)";
				case QUARTERLY -> "季度通报的期间须为一个自然季度 (a quarterly bulletin covers one calendar quarter)";
				case AD_HOC -> "专项通报的期间不超过一年 (an ad-hoc bulletin covers at most " + MAX_DAYS + " days)";
			});
		}
	}

	/** The title the kind and period suggest. */
	static String title(BulletinKind kind, LocalDate from, LocalDate to) {
		return switch (kind) {
			case MONTHLY -> "关于" + from.getYear() + "年" + from.getMonthValue() + "月份督查督办工作情况的通报";
			case QUARTERLY -> "关于" + from.getYear() + "年第" + from.get(IsoFields.QUARTER_OF_YEAR) + "季度督查督办工作情况的通报";
			case AD_HOC -> "关于" + chinese(from) + "至" + chinese(to) + "督查督办工作情况的通报";
		};
	}

	static String chinese(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

}
