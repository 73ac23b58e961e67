package org.ducha.node.task;

import java.time.LocalDate;

/**
 * The record of the leader's instruction a task rests on (领导批示): who instructed, when,
 * what, the office's proposal for handling it, and its urgency.
 *
 * @param leader who instructed (批示人); null when not recorded
 * @param date when (批示日期); null when not recorded
 * @param text what the leader wrote (批示内容); null when not recorded
 * @param proposal the office's proposal for handling it (拟办意见); null when none
 * @param urgency how urgent; never null once checked
 */
public record LeaderInstruction(String leader, LocalDate date, String text, String proposal, Urgency urgency) {

	/** An instruction with only its urgency recorded. */
	public static LeaderInstruction of(Urgency urgency) {
		return new LeaderInstruction(null, null, null, null, urgency);
	}

	/** The same record with a normal urgency when it states none. */
	LeaderInstruction withDefaultUrgency() {
		return (this.urgency != null) ? this
				: new LeaderInstruction(this.leader, this.date, this.text, this.proposal, Urgency.NORMAL);
	}

}
