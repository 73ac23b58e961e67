package org.ducha.node.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarTestData;
import org.ducha.node.reminder.ReminderRules.Due;
import org.ducha.node.schedule.ReportSlot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which automatic reminders an assignment is owed (docs/business-rules.md §8), day by day
 * on the bundled calendar: DUE_SOON within two working days, OVERDUE once and then every
 * five working days, never the same one twice.
 */
class ReminderRulesTests {

	private static final CalendarData CALENDAR = CalendarTestData.bundled();

	private static final LocalDate FAR_DEADLINE = LocalDate.parse("2024-12-31");

	private final ReminderRules rules = new ReminderRules(2, 5);

	private static ReportSlot open(String due) {
		return new ReportSlot("a", 1, "第一季度", LocalDate.parse(due).minusMonths(1), LocalDate.parse(due),
				LocalDate.parse(due), "", true, null, null, null, null);
	}

	private static ReportSlot filled(String due) {
		return new ReportSlot("a", 1, "第一季度", LocalDate.parse(due).minusMonths(1), LocalDate.parse(due),
				LocalDate.parse(due), "", true, "r", LocalDate.parse(due), true, null);
	}

	private List<Due> owed(String today, List<ReportSlot> slots, Set<String> sent) {
		return this.rules.owed(LocalDate.parse(today), CALENDAR, FAR_DEADLINE, slots, sent);
	}

	@Test
	void aSlotDueWithinTwoWorkingDaysIsDueSoonOnce() {
		// Friday 2024-03-15: Wednesday is two working days before, Tuesday three
		assertThat(owed("2024-03-12", List.of(open("2024-03-15")), Set.of())).isEmpty();
		assertThat(owed("2024-03-13", List.of(open("2024-03-15")), Set.of())).singleElement().satisfies((due) -> {
			assertThat(due.kind()).isEqualTo(ReminderKind.DUE_SOON);
			assertThat(due.key()).isEqualTo("slot/1/due-soon");
			assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2024-03-15"));
		});
		assertThat(owed("2024-03-14", List.of(open("2024-03-15")), Set.of("slot/1/due-soon"))).isEmpty();
		assertThat(owed("2024-03-15", List.of(open("2024-03-15")), Set.of())).extracting(Due::kind)
			.containsExactly(ReminderKind.DUE_SOON);
	}

	@Test
	void workingDaysNotCalendarDaysDecideDueSoon() {
		// Sunday 2024-09-29 was a make-up working day; 1–7 October were the holiday
		assertThat(owed("2024-09-29", List.of(open("2024-10-08")), Set.of())).extracting(Due::kind)
			.as("nine calendar days but two working days away")
			.containsExactly(ReminderKind.DUE_SOON);
		assertThat(owed("2024-09-27", List.of(open("2024-10-08")), Set.of())).isEmpty();
	}

	@Test
	void anOverdueSlotIsRemindedOnceThenEveryFiveWorkingDays() {
		List<ReportSlot> slots = List.of(open("2024-03-15"));
		assertThat(owed("2024-03-16", slots, Set.of())).singleElement().satisfies((due) -> {
			assertThat(due.kind()).isEqualTo(ReminderKind.OVERDUE);
			assertThat(due.key()).isEqualTo("slot/1/overdue/0");
			assertThat(due.workingDaysOverdue()).as("a Saturday: no working day has passed").isZero();
		});
		Set<String> first = Set.of("slot/1/overdue/0");
		assertThat(owed("2024-03-18", slots, first)).isEmpty();
		assertThat(owed("2024-03-21", slots, first)).as("four working days late").isEmpty();
		assertThat(owed("2024-03-22", slots, first)).singleElement()
			.satisfies((due) -> assertThat(due.key()).isEqualTo("slot/1/overdue/1"));
		assertThat(owed("2024-03-28", slots, Set.of("slot/1/overdue/0", "slot/1/overdue/1"))).isEmpty();
		assertThat(owed("2024-03-29", slots, Set.of("slot/1/overdue/0", "slot/1/overdue/1"))).singleElement()
			.satisfies((due) -> {
				assertThat(due.key()).isEqualTo("slot/1/overdue/2");
				assertThat(due.workingDaysOverdue()).isEqualTo(10);
			});
	}

	@Test
	void missedRunsOweOnlyTheRoundReached() {
		assertThat(owed("2024-03-29", List.of(open("2024-03-15")), Set.of())).extracting(Due::key)
			.containsExactly("slot/1/overdue/2");
	}

	@Test
	void aFilledSlotIsNeverReminded() {
		assertThat(owed("2024-03-14", List.of(filled("2024-03-15")), Set.of())).isEmpty();
		assertThat(owed("2024-04-30", List.of(filled("2024-03-15")), Set.of())).isEmpty();
	}

	@Test
	void aPassedDeadlineIsOverdueAndANearOneDueSoon() {
		LocalDate deadline = LocalDate.parse("2024-06-28");
		assertThat(this.rules.owed(LocalDate.parse("2024-06-26"), CALENDAR, deadline, List.of(), Set.of()))
			.singleElement()
			.satisfies((due) -> {
				assertThat(due.key()).isEqualTo("deadline/due-soon");
				assertThat(due.isDeadline()).isTrue();
			});
		assertThat(this.rules.owed(LocalDate.parse("2024-07-01"), CALENDAR, deadline, List.of(), Set.of()))
			.singleElement()
			.satisfies((due) -> {
				assertThat(due.key()).isEqualTo("deadline/overdue/0");
				assertThat(due.kind()).isEqualTo(ReminderKind.OVERDUE);
				assertThat(due.workingDaysOverdue()).isEqualTo(1);
			});
	}

	@Test
	void theTextsSayWhatIsDueAndHowLate() {
		Due soon = owed("2024-03-13", List.of(open("2024-03-15")), Set.of()).get(0);
		assertThat(ReminderTexts.title(soon, "安全生产", false)).isEqualTo("【催办提示】《安全生产》第一季度报告将于2024-03-15到期");
		Due late = owed("2024-03-22", List.of(open("2024-03-15")), Set.of()).get(0);
		assertThat(ReminderTexts.title(late, "安全生产", false)).isEqualTo("【逾期催办】《安全生产》第一季度报告已逾期");
		assertThat(ReminderTexts.message(late, "安全生产", "粤督〔2024〕1号", false)).contains("编号粤督〔2024〕1号")
			.contains("2024-03-15前报送")
			.contains("已逾期5个工作日");
	}

	@Test
	void aTitleLongerThanTheColumnIsClipped() {
		Due soon = owed("2024-03-13", List.of(open("2024-03-15")), Set.of()).get(0);
		String title = ReminderTexts.title(soon, "长".repeat(600), false);
		Reminder reminder = new Reminder("r", ReminderKind.DUE_SOON, "440000", "440000:dcs", "system", "441704",
				"441704", "t", "a", title, null, soon.dueDate(), false, java.time.Instant.EPOCH);
		assertThat(reminder.title()).hasSize(Reminder.MAX_TITLE).startsWith("【催办提示】《长").endsWith("…");
	}

	@Test
	void anAssignmentUnsignedPastItsLimitIsRemindedThenAgainEveryFiveWorkingDays() {
		LocalDate signBy = LocalDate.parse("2024-09-04");
		assertThat(this.rules.owed(LocalDate.parse("2024-09-04"), CALENDAR, FAR_DEADLINE, signBy, List.of(), Set.of()))
			.as("still within the limit")
			.isEmpty();
		List<Due> first = this.rules.owed(LocalDate.parse("2024-09-05"), CALENDAR, FAR_DEADLINE, signBy, List.of(),
				Set.of());
		assertThat(first).singleElement().satisfies((due) -> {
			assertThat(due.kind()).isEqualTo(ReminderKind.CLAIM_OVERDUE);
			assertThat(due.key()).isEqualTo("sign/overdue/0");
			assertThat(due.dueDate()).isEqualTo(signBy);
		});
		assertThat(this.rules.owed(LocalDate.parse("2024-09-06"), CALENDAR, FAR_DEADLINE, signBy, List.of(),
				Set.of("sign/overdue/0")))
			.isEmpty();
		assertThat(this.rules.owed(LocalDate.parse("2024-09-11"), CALENDAR, FAR_DEADLINE, signBy, List.of(),
				Set.of("sign/overdue/0")))
			.extracting(Due::key)
			.containsExactly("sign/overdue/1");
		assertThat(ReminderTexts.title(first.get(0), "安全生产", false)).isEqualTo("【签收超时】《安全生产》应于2024-09-04前签收");
		assertThat(ReminderTexts.message(first.get(0), "安全生产", null, false)).contains("至今尚未签收").contains("已逾期1个工作日");
	}

	@Test
	void aCoUnitIsRemindedOfItsContributionsAndNotOfTheDeadline() {
		List<Due> owed = this.rules.owed(LocalDate.parse("2024-12-30"), CALENDAR, null, null,
				List.of(open("2024-12-31")), Set.of());
		assertThat(owed).extracting(Due::key).containsExactly("slot/1/due-soon");
		assertThat(ReminderTexts.title(owed.get(0), "安全生产", true)).isEqualTo("【催办提示】《安全生产》第一季度协办材料将于2024-12-31到期");
		assertThat(ReminderTexts.message(owed.get(0), "安全生产", null, true)).contains("提供主办单位汇总");
	}

}
