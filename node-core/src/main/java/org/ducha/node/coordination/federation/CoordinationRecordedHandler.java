package org.ducha.node.coordination.federation;

import java.util.List;

import org.ducha.node.coordination.CoordinationOutcome;
import org.ducha.node.coordination.CoordinationReplication;
import org.ducha.node.coordination.NewCoordination;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.ForbiddenEventException;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.unit.Unit;
import org.ducha.proto.federation.v1.CoordinationRecorded;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a lead unit's coordination attempt, as the lead unit's node states it, on its way
 * up to the task's issuer.
 */
@Component
class CoordinationRecordedHandler extends SingleEventHandler {

	private final CoordinationReplication replication;

	CoordinationRecordedHandler(CoordinationReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.COORDINATION_RECORDED;
	}

	@Override
	public Authority authority() {
		return Authority.up(Channel.CHANNEL_REPORT,
				Originator.namedBy("the lead unit's node",
						(event) -> Unit.nodeOf(event.getCoordinationRecorded().getUnitCode())),
				"the assignment's unit");
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		CoordinationRecorded recorded = incoming.event().getCoordinationRecorded();
		CoordinationOutcome outcome = switch (recorded.getOutcome()) {
			case COORDINATION_OUTCOME_RESOLVED -> CoordinationOutcome.RESOLVED;
			case COORDINATION_OUTCOME_UNRESOLVED -> CoordinationOutcome.UNRESOLVED;
			default -> throw new MalformedEventException(
					"coordination " + recorded.getCoordinationId() + " has no known outcome: " + recorded.getOutcome());
		};
		if (recorded.getMatter().isEmpty() || recorded.getWithUnitsCount() == 0) {
			throw new MalformedEventException(
					"coordination " + recorded.getCoordinationId() + " names neither its matter nor its units");
		}
		NewCoordination attempt = new NewCoordination(Wire.date(recorded.getCoordinatedOn()),
				List.copyOf(recorded.getWithUnitsList()), recorded.getMatter(), outcome,
				Wire.orNull(recorded.getNotes()));
		try {
			this.replication.applyRecorded(Wire.uuid(recorded.getCoordinationId(), "coordination"),
					Wire.uuid(recorded.getAssignmentId(), "assignment"), Wire.uuid(recorded.getTaskId(), "task"),
					recorded.getUnitCode(), incoming.originNode(), attempt, recorded.getRecordedBy(),
					Wire.instant(recorded.getRecordedAt()));
		}
		catch (ForbiddenException ex) {
			throw new ForbiddenEventException(ex.getMessage());
		}
	}

}
