package org.ducha.node.people.federation;

import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.people.PeopleReplication;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a unit's people in charge as the unit's own node states them, on their way up to
 * the root. They only travel up.
 */
@Component
class UnitPeopleStatedHandler extends SingleEventHandler {

	private final PeopleReplication replication;

	UnitPeopleStatedHandler(PeopleReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.UNIT_PEOPLE_STATED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT, Originator.namedBy("the unit's node",
				(event) -> Unit.nodeOf(event.getUnitPeopleStated().getUnitCode())), "the unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		try {
			this.replication.applyStated(PeopleWire.people(incoming.event().getUnitPeopleStated()),
					incoming.originNode());
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
