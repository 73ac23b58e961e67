package org.ducha.node.decomposition.federation;

import org.ducha.node.decomposition.ProgressRolledUp;
import org.ducha.node.decomposition.RollUp;
import org.ducha.node.decomposition.RollUpPart;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.federation.TaskWire;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.RolledUpPart;

/**
 * Roll-ups of decomposed assignments between their domain and wire forms.
 */
final class RollUpWire {

	private RollUpWire() {
	}

	static Event rolledUp(ProgressRolledUp rolledUp) {
		RollUp rollUp = rolledUp.rollUp();
		org.ducha.proto.federation.v1.ProgressRolledUp.Builder message = org.ducha.proto.federation.v1.ProgressRolledUp
			.newBuilder()
			.setAssignmentId(rollUp.assignmentId())
			.setTaskId(rolledUp.taskId())
			.setUnitCode(rolledUp.unitCode())
			.setRevision(rollUp.revision())
			.setComputedAt(Wire.timestamp(rollUp.computedAt()));
		rollUp.parts().forEach((part) -> message.addParts(wirePart(part)));
		return Event.newBuilder().setProgressRolledUp(message).build();
	}

	private static RolledUpPart wirePart(RollUpPart part) {
		RolledUpPart.Builder wire = RolledUpPart.newBuilder()
			.setSubTaskId(part.subTaskId())
			.setSubTaskNumber(Wire.text(part.subTaskNumber()))
			.setSubTaskTitle(Wire.text(part.subTaskTitle()))
			.setAssignmentId(part.assignmentId())
			.setUnitCode(part.unitCode())
			.setRole(TaskWire.role(AssignmentRole.valueOf(part.role())))
			.setStatus(part.status())
			.setPercentComplete(part.percentComplete())
			.setLight(Wire.text(part.light()))
			.setDueDate(part.dueDate().toString());
		if (part.lastReportedAt() != null) {
			wire.setLastReportedAt(Wire.timestamp(part.lastReportedAt()));
		}
		return wire.build();
	}

	static RollUp rollUp(org.ducha.proto.federation.v1.ProgressRolledUp message) {
		return new RollUp(Wire.uuid(message.getAssignmentId(), "assignment"), message.getRevision(),
				Wire.instant(message.getComputedAt()), message.getPartsList().stream().map(RollUpWire::part).toList());
	}

	private static RollUpPart part(RolledUpPart part) {
		return new RollUpPart(Wire.uuid(part.getSubTaskId(), "sub-task"), Wire.orNull(part.getSubTaskNumber()),
				Wire.orNull(part.getSubTaskTitle()), Wire.uuid(part.getAssignmentId(), "assignment"),
				part.getUnitCode(), TaskWire.role(part.getRole()).name(), part.getStatus(), part.getPercentComplete(),
				Wire.orNull(part.getLight()), part.hasLastReportedAt() ? Wire.instant(part.getLastReportedAt()) : null,
				Wire.date(part.getDueDate()));
	}

}
