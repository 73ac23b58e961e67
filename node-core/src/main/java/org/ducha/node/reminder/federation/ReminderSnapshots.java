package org.ducha.node.reminder.federation;

import java.util.List;
import java.util.Set;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.reminder.ReminderReplication;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the alert channel towards a child, reminders part: the open reminders sent
 * into its subtree from outside it.
 */
@Component
class ReminderSnapshots implements SnapshotContributor {

	private final ReminderReplication replication;

	private final Directory directory;

	ReminderSnapshots(ReminderReplication replication, Directory directory) {
		this.replication = replication;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_ALERT;
	}

	@Override
	public String name() {
		return "reminders";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		Set<String> inside = this.directory.spokenForBy(peer);
		return this.replication.openInto(inside, afterKey, limit)
			.stream()
			.map((reminder) -> new SnapshotRecord(reminder.id(), reminder.id(), reminder.fromNode(), reminder.toNode(),
					reminder.sentAt(), ReminderWire.reminderSent(reminder)))
			.toList();
	}

}
