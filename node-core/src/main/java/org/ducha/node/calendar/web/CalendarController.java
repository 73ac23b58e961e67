package org.ducha.node.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ducha.node.calendar.CalendarAdministration;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.CalendarDay;
import org.ducha.node.calendar.CalendarResult;
import org.ducha.node.calendar.Notice;
import org.ducha.node.calendar.NoticeDay;
import org.ducha.node.calendar.WorkingCalendar;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public working-day calendar of every node (no token needed), and the province's
 * administration of its notices.
 */
@RestController
class CalendarController {

	private static final String WEEKDAYS_ONLY = "weekdays-only";

	private final WorkingCalendar calendar;

	private final CalendarAdministration administration;

	CalendarController(WorkingCalendar calendar, CalendarAdministration administration) {
		this.calendar = calendar;
		this.administration = administration;
	}

	@GetMapping("/api/v1/calendar/days/{date}")
	DayResponse day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		CalendarDay day = this.calendar.day(date);
		return new DayResponse(day.date(), day.workingDay(), day.name(), day.covered() ? null : WEEKDAYS_ONLY);
	}

	@GetMapping("/api/v1/calendar/add-working-days")
	DateResponse addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(1) @Max(CalendarData.MAX_WORKING_DAYS) int days) {
		return DateResponse.of(this.calendar.addWorkingDays(from, days));
	}

	@GetMapping("/api/v1/calendar/nth-working-day")
	DateResponse nthWorkingDay(@RequestParam @Min(1900) @Max(2200) int year, @RequestParam @Min(1) @Max(12) int month,
			@RequestParam @Min(1) @Max(CalendarData.MAX_WORKING_DAYS) int n) {
		return DateResponse.of(this.calendar.nthWorkingDay(year, month, n));
	}

	@GetMapping("/api/v1/calendar/notices")
	List<NoticeSummary> notices() {
		return this.calendar.notices().stream().map(NoticeSummary::of).toList();
	}

	/**
	 * One year's notice with every day it lists, so that a client (the web UI) can count
	 * working days itself instead of asking once per date; 404 when no notice covers the
	 * year, where the weekdays-only rule applies.
	 */
	@GetMapping("/api/v1/calendar/notices/{year}")
	NoticeDetail notice(@PathVariable @Min(1900) @Max(2200) int year) {
		return this.calendar.notices()
			.stream()
			.filter((notice) -> notice.year() == year)
			.findFirst()
			.map(NoticeDetail::of)
			.orElseThrow(() -> new NotFoundException("No notice covers " + year + "; weekdays-only applies"));
	}

	@PutMapping("/api/v1/admin/calendar/notices/{year}")
	NoticeSummary setNotice(@PathVariable int year, @Valid @RequestBody NoticeRequest request,
			@AuthenticationPrincipal Actor actor) {
		List<NoticeDay> days = request.days()
			.stream()
			.map((d) -> new NoticeDay(d.date(), d.name(), d.offDay()))
			.toList();
		return NoticeSummary.of(this.administration.setNotice(year, days, request.reason(), actor));
	}

	/**
	 * One day.
	 *
	 * @param date the day
	 * @param workingDay whether people work that day
	 * @param name the holiday's name, null on an ordinary day
	 * @param source {@code weekdays-only} when no notice covers the day
	 */
	record DayResponse(LocalDate date, boolean workingDay, String name,
			@JsonInclude(JsonInclude.Include.NON_NULL) String source) {
	}

	/**
	 * A computed date.
	 *
	 * @param date the date
	 * @param source {@code weekdays-only} when a day the computation looked at is covered
	 * by no notice
	 */
	record DateResponse(LocalDate date, @JsonInclude(JsonInclude.Include.NON_NULL) String source) {

		static DateResponse of(CalendarResult result) {
			return new DateResponse(result.date(), result.covered() ? null : WEEKDAYS_ONLY);
		}

	}

	/**
	 * A notice held by this node.
	 *
	 * @param year its year
	 * @param version the calendar version that set it (0: bundled)
	 * @param days how many days it lists
	 * @param reason why it was set
	 * @param changedBy who set it
	 * @param changedAt when
	 * @param originNode where
	 */
	record NoticeSummary(int year, long version, int days, String reason, String changedBy, Instant changedAt,
			String originNode) {

		static NoticeSummary of(Notice notice) {
			return new NoticeSummary(notice.year(), notice.version(), notice.days().size(), notice.reason(),
					notice.changedBy(), notice.changedAt(), notice.originNode());
		}

	}

	/**
	 * A notice with its days.
	 *
	 * @param year its year
	 * @param version the calendar version that set it (0: bundled)
	 * @param reason why it was set
	 * @param days every day it lists: holidays ({@code offDay}) and make-up working days
	 */
	record NoticeDetail(int year, long version, String reason, List<NoticeDay> days) {

		static NoticeDetail of(Notice notice) {
			return new NoticeDetail(notice.year(), notice.version(), notice.reason(),
					notice.days().stream().sorted(Comparator.comparing(NoticeDay::date)).toList());
		}

	}

	/**
	 * A year's notice as the province's administrator enters it.
	 *
	 * @param reason the notice's title, or what changed
	 * @param days every day it lists
	 */
	record NoticeRequest(@NotBlank @Size(max = 1000) String reason,
			@NotEmpty @Size(max = 400) List<@Valid DayRequest> days) {
	}

	/**
	 * A listed day.
	 *
	 * @param date the day
	 * @param name the holiday
	 * @param offDay true for a holiday, false for a make-up working day
	 */
	record DayRequest(@NotNull LocalDate date, @NotBlank @Size(max = 64) String name, boolean offDay) {
	}

}
