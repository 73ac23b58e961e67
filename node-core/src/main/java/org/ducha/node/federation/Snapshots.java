package org.ducha.node.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.protobuf.Timestamp;

import org.ducha.node.federation.InboundCursor.SnapshotProgress;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.SnapshotChunk;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-sync by snapshot (docs/protocol.md §6): the sender reads the state a peer should
 * hold, in key order and resumable chunks; the receiver applies each chunk in one
 * transaction with its progress and, after the last, follows the log from the snapshot's
 * watermark.
 */
@Component
class Snapshots {

	/** Separates a contributor's name from its record key; names never contain it. */
	private static final String KEY_SEPARATOR = "|";

	private final List<SnapshotContributor> contributors;

	private final EntryApplication entries;

	private final InboundStore cursors;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readTransaction;

	private final Clock clock;

	Snapshots(List<SnapshotContributor> contributors, EntryApplication entries, InboundStore cursors,
			PlatformTransactionManager transactions, Clock clock) {
		this.contributors = contributors.stream().sorted(Comparator.comparing(SnapshotContributor::name)).toList();
		this.entries = entries;
		this.cursors = cursors;
		this.transaction = new TransactionTemplate(transactions);
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.readTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.clock = clock;
	}

	/**
	 * Reads the next chunk for a peer.
	 * @param afterKey the last key already sent, empty to start
	 */
	SnapshotChunk chunk(Link to, Channel channel, String snapshotId, String epoch, long watermark, String afterKey,
			int limit) {
		int split = afterKey.indexOf(KEY_SEPARATOR);
		String afterName = (split < 0) ? "" : afterKey.substring(0, split);
		String afterRecord = (split < 0) ? "" : afterKey.substring(split + 1);
		return this.readTransaction.execute((status) -> {
			List<Entry> records = new ArrayList<>();
			String lastKey = afterKey;
			boolean last = true;
			for (SnapshotContributor contributor : this.contributors) {
				int order = contributor.name().compareTo(afterName);
				if (contributor.channel() != channel || (split >= 0 && order < 0)) {
					continue;
				}
				int wanted = limit - records.size();
				if (wanted == 0) {
					last = false;
					break;
				}
				List<SnapshotRecord> read = contributor.read(to, (split >= 0 && order == 0) ? afterRecord : "",
						wanted + 1);
				for (SnapshotRecord record : read.subList(0, Math.min(wanted, read.size()))) {
					records.add(entry(record));
					lastKey = contributor.name() + KEY_SEPARATOR + record.key();
				}
				if (read.size() > wanted) {
					last = false;
					break;
				}
			}
			return SnapshotChunk.newBuilder()
				.setChannel(channel)
				.setSnapshotId(snapshotId)
				.setEpoch(epoch)
				.setWatermark(watermark)
				.addAllRecords(records)
				.setLastKey(lastKey)
				.setLast(last)
				.build();
		});
	}

	private static Entry entry(SnapshotRecord record) {
		Instant at = record.occurredAt();
		return Entry.newBuilder()
			.setEventId(record.eventId())
			.setOriginNode(record.originNode())
			.setDestinationNode(record.destinationNode())
			.setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
			.setEvent(record.event())
			.build();
	}

	/**
	 * Applies a chunk with its progress in one transaction; a record the sender may not
	 * state is quarantined and the others applied.
	 * @return whether the snapshot is complete, with the records quarantined; null when
	 * the channel is not re-syncing
	 */
	Applied apply(Link from, SnapshotChunk chunk) {
		return this.transaction.execute((status) -> {
			InboundCursor cursor = this.cursors.lock(from.peer(), chunk.getChannel());
			if (cursor.state() != CursorState.RESYNC_REQUIRED && cursor.state() != CursorState.RESYNCING) {
				return null;
			}
			Instant now = this.clock.instant();
			// records are idempotent state: a chunk sent twice, or one of a newer
			// snapshot, applies as is
			EntryApplication.Run run = this.entries.snapshot(from, chunk.getChannel(), now);
			chunk.getRecordsList().forEach(run::take);
			run.finish();
			List<QuarantinedEntry> quarantined = List.copyOf(run.quarantined());
			if (chunk.getLast()) {
				this.cursors.snapshotComplete(from.peer(), chunk.getChannel(), chunk.getEpoch(), chunk.getWatermark(),
						now);
				return new Applied(true, quarantined);
			}
			this.cursors.snapshotProgress(from.peer(), chunk.getChannel(), new SnapshotProgress(chunk.getSnapshotId(),
					chunk.getEpoch(), chunk.getWatermark(), chunk.getLastKey()), now);
			return new Applied(false, quarantined);
		});
	}

	/**
	 * A chunk applied.
	 *
	 * @param complete whether it completed the snapshot
	 * @param quarantined its records set aside
	 */
	record Applied(boolean complete, List<QuarantinedEntry> quarantined) {
	}

}
