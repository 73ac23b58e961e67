package org.ducha.node.federation.events;

import java.util.List;
import java.util.Set;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertReplication;
import org.ducha.node.alert.AlertStatus;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the alert channel: the alerts raised towards the peer's side, and the
 * signings of alerts the peer's side raised.
 */
@Component
class AlertSnapshots {

	private final AlertReplication alerts;

	private final Directory directory;

	AlertSnapshots(AlertReplication alerts, Directory directory) {
		this.alerts = alerts;
		this.directory = directory;
	}

	/** Alerts that travel from this side of the link to the peer's side. */
	private List<Alert> raisedTowards(Link peer, String afterKey, int limit) {
		Set<String> nodes = this.directory.spokenForBy(peer);
		return (peer.role() == PeerRole.CHILD) ? this.alerts.raisedInto(nodes, afterKey, limit)
				: this.alerts.raisedFrom(nodes, afterKey, limit);
	}

	/** Alerts that travelled from the peer's side to this side. */
	private List<Alert> raisedFromPeerSide(Link peer, String afterKey, int limit) {
		Set<String> nodes = this.directory.spokenForBy(peer);
		return (peer.role() == PeerRole.CHILD) ? this.alerts.raisedFrom(nodes, afterKey, limit)
				: this.alerts.raisedInto(nodes, afterKey, limit);
	}

	@Component
	static class Raised implements SnapshotContributor {

		private final AlertSnapshots snapshots;

		Raised(AlertSnapshots snapshots) {
			this.snapshots = snapshots;
		}

		@Override
		public Channel channel() {
			return Channel.CHANNEL_ALERT;
		}

		@Override
		public String name() {
			return "alerts";
		}

		@Override
		public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
			return this.snapshots.raisedTowards(peer, afterKey, limit)
				.stream()
				.map((alert) -> new SnapshotRecord(alert.getId(), alert.getId(), alert.getFromNode(), alert.getToNode(),
						alert.getRaisedAt(), EventTranslation.alertRaised(alert)))
				.toList();
		}

	}

	@Component
	static class Signed implements SnapshotContributor {

		private final AlertSnapshots snapshots;

		Signed(AlertSnapshots snapshots) {
			this.snapshots = snapshots;
		}

		@Override
		public Channel channel() {
			return Channel.CHANNEL_ALERT;
		}

		@Override
		public String name() {
			return "alerts-signed";
		}

		@Override
		public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
			String after = afterKey;
			List<SnapshotRecord> records = new java.util.ArrayList<>();
			while (records.size() < limit) {
				List<Alert> page = this.snapshots.raisedFromPeerSide(peer, after, limit);
				if (page.isEmpty()) {
					break;
				}
				for (Alert alert : page) {
					if (alert.getStatus() == AlertStatus.ACKNOWLEDGED && records.size() < limit) {
						records.add(new SnapshotRecord(alert.getId(), Wire.recordId("signed/" + alert.getId()),
								alert.getToNode(), alert.getFromNode(), alert.getAcknowledgedAt(),
								EventTranslation.alertAcknowledged(alert)));
					}
				}
				after = page.get(page.size() - 1).getId();
			}
			return records;
		}

	}

}
