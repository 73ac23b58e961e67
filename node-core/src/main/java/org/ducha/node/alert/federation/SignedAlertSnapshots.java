package org.ducha.node.alert.federation;

import java.util.ArrayList;
import java.util.List;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertStatus;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the alert channel, signed part: the signings of alerts the peer's side
 * raised.
 */
@Component
class SignedAlertSnapshots implements SnapshotContributor {

	private final AlertsAcrossLink alerts;

	SignedAlertSnapshots(AlertsAcrossLink alerts) {
		this.alerts = alerts;
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
		List<SnapshotRecord> records = new ArrayList<>();
		while (records.size() < limit) {
			List<Alert> page = this.alerts.raisedFromPeerSide(peer, after, limit);
			if (page.isEmpty()) {
				break;
			}
			for (Alert alert : page) {
				if (alert.getStatus() == AlertStatus.ACKNOWLEDGED && records.size() < limit) {
					records.add(new SnapshotRecord(alert.getId(), Wire.recordId("signed/" + alert.getId()),
							alert.getToNode(), alert.getFromNode(), alert.getAcknowledgedAt(),
							AlertWire.alertAcknowledged(alert)));
				}
			}
			after = page.get(page.size() - 1).getId();
		}
		return records;
	}

}
