package org.ducha.node.federation;

import java.util.List;

import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

/**
 * An entry a (possibly hostile) node writes into its outbox, carried over the real links,
 * and what must become of it: applied at every node on its path, or quarantined by its
 * first receiver with a reason naming the rule it breaks. Built by
 * {@link HostileWorld#applied} and {@link HostileWorld#quarantined}.
 *
 * @param label what it is
 * @param sender the node whose outbox it is written to
 * @param channel its channel
 * @param destination where it is addressed
 * @param event the event
 * @param expect applied everywhere on its path, or quarantined at its first receiver
 * @param reason part of the quarantine's reason; null when applied
 * @param path the nodes it passes, first receiver first
 * @param direction the way it travels
 */
record HostileCase(String label, TestNode sender, Channel channel, String destination, Event event, Expect expect,
		String reason, List<TestNode> path, Direction direction) {

	/** The origin it claims: the sender's own code, as its node token proves. */
	String origin() {
		return this.sender.code();
	}

	Event.KindCase kind() {
		return this.event.getKindCase();
	}

	/** What a case expects. */
	enum Expect {

		APPLIED, QUARANTINED

	}

}
