package org.ducha.node.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's administrator sets a year's notice (a new year, or a change during the
 * year); it gets the next calendar version, is audited, and goes to every node below.
 */
@Service
public class CalendarAdministration {

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final NodeIdentity self;

	private final Clock clock;

	CalendarAdministration(CalendarStore store, WorkingCalendar calendar, AuditTrail audit,
			ApplicationEventPublisher events, NodeIdentity self, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.self = self;
		this.clock = clock;
	}

	@Transactional
	public Notice setNotice(int year, List<NoticeDay> days, String reason, Actor actor) {
		if (this.self.level() != NodeLevel.PROVINCE) {
			throw new ForbiddenException(
					"The calendar is edited at the province; " + this.self.name() + " receives it from there");
		}
		if (!actor.has(Role.SYSADMIN) || !this.self.code().equals(actor.orgCode())) {
			throw new ForbiddenException("Only a system administrator of " + this.self.name() + " edits the calendar");
		}
		validate(year, days, reason);
		long version = this.store.latestVersionLocked() + 1;
		Notice notice = new Notice(year, version, days, reason, actor.name(), this.clock.instant(), this.self.code());
		this.store.replace(notice);
		this.audit.recordWithChange(AuditCategory.REFERENCE, "CALENDAR_NOTICE_SET", actor.subject(), null, "notice of "
				+ year + " set as calendar version " + version + " with " + days.size() + " days: " + reason);
		this.events.publishEvent(new CalendarChanged(notice, true));
		this.calendar.reloadAfterCommit();
		return notice;
	}

	private static void validate(int year, List<NoticeDay> days, String reason) {
		if (year < 2000 || year > 2100) {
			throw new InvalidRequestException("A notice's year lies between 2000 and 2100, not " + year);
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("Say why the notice is set (its title, or what changed)");
		}
		if (days == null || days.isEmpty()) {
			throw new InvalidRequestException("A notice lists at least one day");
		}
		Set<LocalDate> seen = new HashSet<>();
		for (NoticeDay day : days) {
			if (day.date() == null || day.name() == null || day.name().isBlank() || day.name().length() > 64) {
				throw new InvalidRequestException(
						"Every day needs its date and the holiday's name (64 characters at most)");
			}
			if (Math.abs(day.date().getYear() - year) > 1) {
				throw new InvalidRequestException("The notice of " + year + " cannot list " + day.date());
			}
			if (!seen.add(day.date())) {
				throw new InvalidRequestException(day.date() + " is listed twice");
			}
		}
	}

}
