package org.ducha.node.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the assessment counts in a unit's record (docs/business-rules.md, "Assessment"):
 * two rates that earn points, five kinds of fact that cost points, and commendations that
 * add some back.
 */
public enum Measure {

	/** 按时报送率: the lead unit's report slots due in the period, filled on time. */
	ON_TIME_REPORTS("按时报送率", "On-time report rate", Kind.RATE),

	/** 按原期限办结率: assignments completed in the period within their original deadline. */
	ON_TIME_COMPLETION("按原期限办结率", "Completion within the original deadline", Kind.RATE),

	/** 逾期天数: each day an assignment was overdue in the period. */
	OVERDUE_DAYS("逾期天数", "Overdue days", Kind.DEDUCTION),

	/** 延期: each extension granted in the period. */
	EXTENSIONS("延期", "Extensions", Kind.DEDUCTION),

	/** 超时签收: each signing made after its limit. */
	CLAIM_OVERDUE("超时签收", "Late signings", Kind.DEDUCTION),

	/** 整改: each rectification required of the unit after an inspection's findings. */
	RECTIFICATIONS("整改", "Rectifications", Kind.DEDUCTION),

	/**
	 * 问责: each step of the accountability ladder about the unit (commendations aside).
	 */
	LADDER_STEPS("问责", "Accountability steps", Kind.DEDUCTION),

	/** 表扬: each commendation in a published bulletin or by the ladder. */
	COMMENDATIONS("表扬", "Commendations", Kind.BONUS);

	private final String chinese;

	private final String english;

	private final Kind kind;

	Measure(String chinese, String english, Kind kind) {
		this.chinese = chinese;
		this.english = english;
		this.kind = kind;
	}

	public String chinese() {
		return this.chinese;
	}

	public String english() {
		return this.english;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The measure of a name as a formula spells it, exactly. */
	public static Optional<Measure> named(String name) {
		return Arrays.stream(values()).filter((measure) -> measure.name().equals(name)).findFirst();
	}

	/** How a measure turns its facts into points. */
	public enum Kind {

		/**
		 * A rate of good facts among all, times the measure's weight; the weights make
		 * 100.
		 */
		RATE,

		/** Points taken per fact (per day for overdue days), at most the cap. */
		DEDUCTION,

		/** Points added per fact, at most the cap. */
		BONUS

	}

}
