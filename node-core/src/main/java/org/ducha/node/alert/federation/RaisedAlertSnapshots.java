package org.ducha.node.alert.federation;

import java.util.List;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the alert channel, raised part: the alerts raised towards the peer's side.
 */
@Component
class RaisedAlertSnapshots implements SnapshotContributor {

	private final AlertsAcrossLink alerts;

	RaisedAlertSnapshots(AlertsAcrossLink alerts) {
		this.alerts = alerts;
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
		return this.alerts.raisedTowards(peer, afterKey, limit)
			.stream()
			.map((alert) -> new SnapshotRecord(alert.getId(), alert.getId(), alert.getFromNode(), alert.getToNode(),
					alert.getRaisedAt(), AlertWire.alertRaised(alert)))
			.toList();
	}

}
