package org.ducha.node.schedule;

import java.time.LocalDate;
import java.util.List;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarResult;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.SlotSpec;

/**
 * A co-unit's due slots (docs/business-rules.md §6.8): the lead unit's slots of the same
 * rule, each due a few working days earlier, since the co-unit contributes to the lead's
 * report rather than reporting to the issuer. Never due before the task was issued nor
 * before the slot opens. Pure, so it can be checked on the calendar.
 *
 * @param workingDaysBefore how many working days before the lead's due date
 */
record ContributionSlots(int workingDaysBefore) {

	/** The slots of an assignment of the given role, from the rule's (the lead's). */
	List<SlotSpec> forRole(AssignmentRole role, List<SlotSpec> lead, LocalDate issued, CalendarData calendar) {
		if (role != AssignmentRole.CO) {
			return lead;
		}
		return lead.stream().map((spec) -> contribution(spec, issued, calendar)).toList();
	}

	SlotSpec contribution(SlotSpec lead, LocalDate issued, CalendarData calendar) {
		CalendarResult before = calendar.subtractWorkingDays(lead.due(), this.workingDaysBefore);
		LocalDate due = latest(before.date(), lead.opens(), issued);
		return new SlotSpec(lead.ordinal(), lead.label(), lead.opens(), due,
				lead.basis() + "；协办单位于主办单位报送前" + this.workingDaysBefore + "个工作日提供材料",
				lead.covered() && before.covered());
	}

	private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
		LocalDate later = a.isAfter(b) ? a : b;
		return later.isAfter(c) ? later : c;
	}

}
