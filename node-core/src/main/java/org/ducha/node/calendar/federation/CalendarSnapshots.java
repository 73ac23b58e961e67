package org.ducha.node.calendar.federation;

import java.util.List;

import org.ducha.node.calendar.CalendarReplication;
import org.ducha.node.calendar.Notice;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the reference channel towards a child: every changed notice, so that a node
 * that never followed the channel gets them all.
 */
@Component
class CalendarSnapshots implements SnapshotContributor {

	private final CalendarReplication replication;

	CalendarSnapshots(CalendarReplication replication) {
		this.replication = replication;
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
					notice.changedAt(), CalendarWire.noticeSet(notice)))
			.toList();
	}

	private static String key(Notice notice) {
		return String.format("%04d", notice.year());
	}

}
