package org.ducha.node.decomposition.federation;

import org.ducha.node.decomposition.RollUpReplication;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ProgressRolledUp;

import org.springframework.stereotype.Component;

/**
 * Keeps a roll-up of a decomposed assignment (分解) as the assignee's node states it.
 */
@Component
class ProgressRolledUpHandler extends SingleEventHandler {

	private final RollUpReplication replication;

	ProgressRolledUpHandler(RollUpReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.PROGRESS_ROLLED_UP;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT, Originator.namedBy("the assignee's node",
				(event) -> Unit.nodeOf(event.getProgressRolledUp().getUnitCode())), "the assignment's unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		ProgressRolledUp message = incoming.event().getProgressRolledUp();
		try {
			this.replication.apply(message.getUnitCode(), incoming.originNode(), RollUpWire.rollUp(message));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
