package org.ducha.node.alert;

/**
 * What an alert is about, and which way such an alert may travel.
 */
public enum AlertKind {

	PROMPT(AlertDirection.DOWN), URGE(AlertDirection.DOWN), RISK(AlertDirection.UP), DIFFICULTY(AlertDirection.UP),
	COORDINATION_REQUEST(AlertDirection.UP), POLICY_PROPOSAL(AlertDirection.UP);

	private final AlertDirection direction;

	AlertKind(AlertDirection direction) {
		this.direction = direction;
	}

	public AlertDirection direction() {
		return this.direction;
	}

}
