package org.ducha.node.task;

/**
 * How urgent a leader's instruction is (docs/business-rules.md §3.2): it sets the
 * instruction's default deadline, counted in working days from the day of issue
 * ({@code ducha.tasks.instruction-working-days.*}).
 */
public enum Urgency {

	/** 急件: within a few days. */
	URGENT,

	/** 一般件. */
	NORMAL,

	/** 疑难件: a difficult matter, given longer. */
	DIFFICULT

}
