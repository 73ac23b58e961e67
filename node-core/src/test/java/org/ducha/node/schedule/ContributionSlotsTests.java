package org.ducha.node.schedule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarTestData;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.SlotSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A co-unit's due slots (docs/business-rules.md §6.8): its contributions are due three
 * working days before the lead unit's report of the same period, counted on the calendar.
 */
class ContributionSlotsTests {

	private static final CalendarData CALENDAR = CalendarTestData.bundled();

	private final ContributionSlots slots = new ContributionSlots(3);

	private static SlotSpec lead(String opens, String due) {
		return new SlotSpec(3, "2024年第三季度", LocalDate.parse(opens), LocalDate.parse(due), "季度结束后第5个工作日", true);
	}

	@Test
	void aCoUnitContributesThreeWorkingDaysBeforeTheLeadReportsOnAMakeUpSaturday() {
		SlotSpec co = this.slots.contribution(lead("2024-09-01", "2024-10-12"), LocalDate.parse("2024-03-01"),
				CALENDAR);
		assertThat(co.due()).as("Fri 11, Thu 10, Wed 9 October").isEqualTo(LocalDate.parse("2024-10-09"));
		assertThat(co.ordinal()).as("the same period as the lead's").isEqualTo(3);
		assertThat(co.label()).isEqualTo("2024年第三季度");
		assertThat(co.opens()).isEqualTo(LocalDate.parse("2024-09-01"));
		assertThat(co.basis()).contains("协办单位于主办单位报送前3个工作日提供材料");
	}

	@Test
	void theWorkingDaysBeforeSkipTheNationalDayHolidayAndCountAMakeUpSunday() {
		SlotSpec co = this.slots.contribution(lead("2024-09-16", "2024-10-08"), LocalDate.parse("2024-03-01"),
				CALENDAR);
		assertThat(co.due()).as("Mon 30 Sep, Sun 29 Sep (make-up), Fri 27 Sep")
			.isEqualTo(LocalDate.parse("2024-09-27"));
	}

	@Test
	void aContributionIsNeverDueBeforeTheTaskWasIssuedNorBeforeItsSlotOpens() {
		SlotSpec early = this.slots.contribution(lead("2024-09-01", "2024-10-12"), LocalDate.parse("2024-10-10"),
				CALENDAR);
		assertThat(early.due()).as("issued on 10 October").isEqualTo(LocalDate.parse("2024-10-10"));
		SlotSpec opening = this.slots.contribution(lead("2024-10-11", "2024-10-12"), LocalDate.parse("2024-03-01"),
				CALENDAR);
		assertThat(opening.due()).isEqualTo(LocalDate.parse("2024-10-11"));
	}

	@Test
	void aLeadKeepsTheRulesSlots() {
		List<SlotSpec> rule = List.of(lead("2024-09-01", "2024-10-12"));
		assertThat(this.slots.forRole(AssignmentRole.LEAD, rule, LocalDate.parse("2024-03-01"), CALENDAR))
			.isEqualTo(rule);
		assertThat(this.slots.forRole(AssignmentRole.CO, rule, LocalDate.parse("2024-03-01"), CALENDAR))
			.extracting(SlotSpec::due)
			.containsExactly(LocalDate.parse("2024-10-09"));
	}

}
