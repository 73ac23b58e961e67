package org.ducha.node.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A leader instruction's default deadline by its urgency, in working days after the day
 * of issue ({@code ducha.tasks.instruction-working-days.*}). Working days, counted on the
 * node's calendar: an urgent instruction issued before the Spring Festival is not due in
 * the middle of the holiday, and the offices that answer work on working days.
 *
 * @param urgent 急件 (the practice is 1–5 days)
 * @param normal 一般件
 * @param difficult 疑难件
 */
@ConfigurationProperties("ducha.tasks.instruction-working-days")
public record InstructionDays(@DefaultValue("5") int urgent, @DefaultValue("15") int normal,
		@DefaultValue("30") int difficult) {

	public InstructionDays {
		if (urgent < 1 || normal < 1 || difficult < 1) {
			throw new IllegalArgumentException("ducha.tasks.instruction-working-days.* are at least 1");
		}
	}

	/** The defaults, for tests without Spring. */
	public static InstructionDays defaults() {
		return new InstructionDays(5, 15, 30);
	}

	/** The working days an urgency allows. */
	public int of(Urgency urgency) {
		return switch (urgency) {
			case URGENT -> this.urgent;
			case NORMAL -> this.normal;
			case DIFFICULT -> this.difficult;
		};
	}

}
