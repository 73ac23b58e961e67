package org.ducha.node.federation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.calendar.CalendarChanged;
import org.ducha.node.calendar.CalendarReplication;
import org.ducha.node.calendar.Notice;
import org.ducha.node.calendar.NoticeDay;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Outbox;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.CalendarNoticeSet;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.HolidayDay;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The calendar on the reference channel: a notice set at the province goes to every node
 * below it (relays keep their copy); a node that never followed the channel gets every
 * changed notice by snapshot.
 */
@Component
class CalendarEvents extends SingleEventHandler implements SnapshotContributor {

	private final CalendarReplication replication;

	private final Outbox outbox;

	private final Directory directory;

	private final NodeIdentity self;

	CalendarEvents(CalendarReplication replication, Outbox outbox, Directory directory, NodeIdentity self) {
		this.replication = replication;
		this.outbox = outbox;
		this.directory = directory;
		this.self = self;
	}

	@EventListener
	void on(CalendarChanged changed) {
		if (!changed.setHere()) {
			return;
		}
		Event event = event(changed.notice());
		for (DirectoryNode node : this.directory.all()) {
			this.outbox.send(Channel.CHANNEL_REFERENCE,
					new Delivery(Ids.newId(), this.self.code(), node.code(), changed.notice().changedAt(), event));
		}
	}

	static Event event(Notice notice) {
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

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.CALENDAR_NOTICE_SET;
	}

	@Override
	public Optional<String> subjectNode(Event event) {
		return Optional.empty();
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

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REFERENCE;
	}

	@Override
	public String name() {
		return "calendar";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		return this.replication.changedNotices()
			.stream()
			.filter((notice) -> key(notice).compareTo(afterKey) > 0)
			.limit(limit)
			.map((notice) -> new SnapshotRecord(key(notice),
					Wire.recordId("calendar/" + key(notice) + "/" + notice.version()), notice.originNode(), peer.peer(),
					notice.changedAt(), event(notice)))
			.toList();
	}

	private static String key(Notice notice) {
		return String.format("%04d", notice.year());
	}

}
