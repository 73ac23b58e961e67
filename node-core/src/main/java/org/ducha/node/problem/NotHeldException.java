package org.ducha.node.problem;

/**
 * A fact received from another node is about a record this node does not hold: a task,
 * assignment, report, request or alert it has not received yet — or, when the fact is
 * addressed to this node, one it owned and lost, restored from an older backup
 * (docs/protocol.md, "Restored nodes"). Only the federation's appliers meet it; they wait
 * for the record in the first case and set the entry aside in the second.
 */
public class NotHeldException extends IllegalStateException {

	private final String what;

	public NotHeldException(String what) {
		super(what + " is not known here yet");
		this.what = what;
	}

	/** The record, as "Assignment 0190…". */
	public String what() {
		return this.what;
	}

}
