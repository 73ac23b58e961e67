package org.ducha.node.calendar;

import java.util.List;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the notices the province sets; a notice older than the one held for its year
 * changes nothing, so a notice arriving twice (log and re-sync) is harmless.
 */
@Service
public class CalendarReplication {

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CalendarReplication(CalendarStore store, WorkingCalendar calendar, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void apply(Notice notice) {
		long held = this.store.versionOf(notice.year());
		if (notice.version() <= held) {
			return;
		}
		this.store.replace(notice);
		this.audit.recordWithChange(AuditCategory.REFERENCE, "CALENDAR_NOTICE_RECEIVED", notice.changedBy(),
				notice.originNode(), "notice of " + notice.year() + " version " + notice.version()
						+ " replaces version " + held + ": " + notice.reason());
		this.events.publishEvent(new CalendarChanged(notice, false));
		this.calendar.reloadAfterCommit();
	}

	/** Notices set after version 0, for a re-sync. */
	@Transactional(readOnly = true)
	public List<Notice> changedNotices() {
		return this.store.all().stream().filter((notice) -> notice.version() > 0).toList();
	}

}
