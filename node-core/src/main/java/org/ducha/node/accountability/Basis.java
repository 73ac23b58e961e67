package org.ducha.node.accountability;

/**
 * A fact a ladder proposal or step rests on, with a label that reads on its own at every
 * node (a copy above may not hold the record itself).
 *
 * @param kind what it is
 * @param refId the record's id; null for a note
 * @param label what it says, e.g. 阳督〔2026〕3号《…》阳东区：红灯已持续12个工作日; at most 500 characters
 */
public record Basis(BasisKind kind, String refId, String label) {

	public Basis {
		label = (label.length() > 500) ? label.substring(0, 499) + "…" : label;
	}

}
