package org.ducha.node.calendar.federation;

import org.ducha.node.calendar.Notice;
import org.ducha.node.calendar.NoticeDay;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.CalendarNoticeSet;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.HolidayDay;

/**
 * A year's holiday notice to its wire event, for live events and re-sync records alike.
 */
final class CalendarWire {

	private CalendarWire() {
	}

	static Event noticeSet(Notice notice) {
		CalendarNoticeSet.Builder set = CalendarNoticeSet.newBuilder()
			.setYear(notice.year())
			.setVersion(notice.version())
			.setReason(Wire.text(notice.reason()))
			.setChangedBy(Wire.text(notice.changedBy()))
			.setChangedAt(Wire.timestamp(notice.changedAt()));
		for (NoticeDay day : notice.days()) {
			set.addDays(
					HolidayDay.newBuilder().setDate(day.date().toString()).setName(day.name()).setOffDay(day.offDay()));
		}
		return Event.newBuilder().setCalendarNoticeSet(set).build();
	}

}
