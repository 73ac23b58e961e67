package org.ducha.node.coordination.federation;

import org.ducha.node.coordination.Coordination;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.CoordinationOutcome;
import org.ducha.proto.federation.v1.CoordinationRecorded;
import org.ducha.proto.federation.v1.Event;

/**
 * A coordination attempt to its wire event, for live events and re-sync records alike.
 */
final class CoordinationWire {

	private CoordinationWire() {
	}

	static Event recorded(Coordination coordination) {
		return Event.newBuilder()
			.setCoordinationRecorded(CoordinationRecorded.newBuilder()
				.setCoordinationId(coordination.getId())
				.setAssignmentId(coordination.getAssignmentId())
				.setTaskId(coordination.getTaskId())
				.setUnitCode(coordination.getUnitCode())
				.setCoordinatedOn(coordination.getCoordinatedOn().toString())
				.addAllWithUnits(coordination.getWithUnits())
				.setMatter(Wire.text(coordination.getMatter()))
				.setOutcome(CoordinationOutcome.valueOf("COORDINATION_OUTCOME_" + coordination.getOutcome().name()))
				.setNotes(Wire.text(coordination.getNotes()))
				.setRecordedBy(Wire.text(coordination.getRecordedBy()))
				.setRecordedAt(Wire.timestamp(coordination.getRecordedAt())))
			.build();
	}

}
