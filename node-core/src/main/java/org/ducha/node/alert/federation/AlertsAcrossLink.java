package org.ducha.node.alert.federation;

import java.util.List;
import java.util.Set;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertReplication;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;

import org.springframework.stereotype.Component;

/**
 * The alerts that crossed a link, one way or the other, in id order: what the re-sync of
 * the alert channel reads.
 */
@Component
class AlertsAcrossLink {

	private final AlertReplication alerts;

	private final Directory directory;

	AlertsAcrossLink(AlertReplication alerts, Directory directory) {
		this.alerts = alerts;
		this.directory = directory;
	}

	/** Alerts that travel from this side of the link to the peer's side. */
	List<Alert> raisedTowards(Link peer, String afterKey, int limit) {
		Set<String> nodes = this.directory.spokenForBy(peer);
		return (peer.role() == PeerRole.CHILD) ? this.alerts.raisedInto(nodes, afterKey, limit)
				: this.alerts.raisedFrom(nodes, afterKey, limit);
	}

	/** Alerts that travelled from the peer's side to this side. */
	List<Alert> raisedFromPeerSide(Link peer, String afterKey, int limit) {
		Set<String> nodes = this.directory.spokenForBy(peer);
		return (peer.role() == PeerRole.CHILD) ? this.alerts.raisedFrom(nodes, afterKey, limit)
				: this.alerts.raisedInto(nodes, afterKey, limit);
	}

}
