package org.ducha.node.divisions.federation;

import org.ducha.node.divisions.DivisionReplication;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a division record the province set; every relay keeps its copy on the way down.
 */
@Component
class DivisionSetHandler extends SingleEventHandler {

	private final DivisionReplication replication;

	DivisionSetHandler(DivisionReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.DIVISION_SET;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_REFERENCE, Originator.root());
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		this.replication.apply(DivisionWire.record(incoming.event().getDivisionSet(), incoming.originNode()));
	}

}
