package org.ducha.node.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.NotHeldException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the alerts other nodes raise and sign for, and reads them for a re-sync.
 */
@Service
public class AlertReplication {

	private final AlertRepository alerts;

	private final NodeIdentity self;

	AlertReplication(AlertRepository alerts, NodeIdentity self) {
		this.alerts = alerts;
		this.self = self;
	}

	/** An alert raised at its sender's node; applied once. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyRaised(String alertId, AlertDraft draft, AlertDirection direction, String fromNode,
			String fromUnit, String raisedBy, Instant raisedAt) {
		if (!this.alerts.existsById(alertId)) {
			Alert alert = Alert.of(alertId, draft, direction, fromNode, fromUnit, raisedBy, raisedAt);
			if (draft.toNode().equals(this.self.code())) {
				alert.delivered();
			}
			this.alerts.save(alert);
		}
	}

	/**
	 * The recipient's node signed for an alert.
	 * @param statedBy the node stating it, which must be the alert's recipient
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyAcknowledged(String alertId, String statedBy, String by, Instant at, String note) {
		Alert alert = this.alerts.findById(alertId).orElseThrow(() -> new NotHeldException("Alert " + alertId));
		if (!alert.getToNode().equals(statedBy)) {
			throw new ForbiddenException(
					"Node " + statedBy + " signs for alert " + alertId + " which is addressed to " + alert.getToNode());
		}
		alert.applyAcknowledged(by, at, note);
		this.alerts.save(alert);
	}

	/** Alerts raised by the given nodes to nodes outside them (re-sync up). */
	@Transactional(readOnly = true)
	public List<Alert> raisedFrom(Collection<String> inside, String afterId, int limit) {
		return this.alerts.raisedFromTo(inside, afterId, limit);
	}

	/** Alerts raised outside the given nodes to one of them (re-sync down). */
	@Transactional(readOnly = true)
	public List<Alert> raisedInto(Collection<String> inside, String afterId, int limit) {
		return this.alerts.raisedInto(inside, afterId, limit);
	}

}
