package org.ducha.node.calendar.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.calendar.CalendarReplication;
import org.ducha.node.calendar.Notice;
import org.ducha.node.calendar.NoticeDay;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.CalendarNoticeSet;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.HolidayDay;

import org.springframework.stereotype.Component;

/**
 * Keeps a holiday notice set above; every relay keeps its copy on the way down.
 */
@Component
class CalendarNoticeSetHandler extends SingleEventHandler {

	private final CalendarReplication replication;

	CalendarNoticeSetHandler(CalendarReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CALENDAR_NOTICE_SET;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_REFERENCE, Originator.root());
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		CalendarNoticeSet set = incoming.event().getCalendarNoticeSet();
		if (set.getYear() < 2000 || set.getYear() > 2100 || set.getDaysCount() == 0) {
			throw new MalformedEventException(
					"a calendar notice of year " + set.getYear() + " with " + set.getDaysCount() + " days");
		}
		List<NoticeDay> days = new ArrayList<>();
		for (HolidayDay day : set.getDaysList()) {
			days.add(new NoticeDay(Wire.date(day.getDate()), day.getName(), day.getOffDay()));
		}
		this.replication.apply(new Notice(set.getYear(), set.getVersion(), days, set.getReason(), set.getChangedBy(),
				Wire.instant(set.getChangedAt()), incoming.originNode()));
	}

}
