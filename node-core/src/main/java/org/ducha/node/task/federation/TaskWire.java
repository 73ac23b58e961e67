package org.ducha.node.task.federation;

import java.util.List;

import org.ducha.node.federation.wire.AttachmentWire;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.ChangeNote;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskStatus;
import org.ducha.node.task.TaskType;
import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.TaskIssued;

/**
 * Tasks and signings to wire events, for live events and re-sync records alike, and the
 * task's enumerations both ways. Unknown wire values are refused as malformed.
 */
public final class TaskWire {

	private TaskWire() {
	}

	/**
	 * A task with the assignments one destination may see: its content at its current
	 * revision and its current status.
	 */
	static Event taskIssued(Task task, List<Assignment> assignments) {
		TaskContent content = task.content();
		TaskIssued.Builder issued = TaskIssued.newBuilder()
			.setTaskId(task.getId())
			.setRevision(task.getRevision())
			.setNumber(Wire.text(task.getNumber()))
			.setTitle(Wire.text(task.getTitle()))
			.setContent(Wire.text(content.content()))
			.setGoal(Wire.text(content.goal()))
			.setSource(source(task.getSource()))
			.setType(type(content.type()))
			.setBasis(Wire.text(content.basis()))
			.setPublished(content.published())
			.setMeetingDate((content.meetingDate() != null) ? content.meetingDate().toString() : "")
			.addAllAttachments(AttachmentWire.toWire(task.attachments()))
			.setIssuingNode(task.getIssuingNode())
			.setIssuingUnit(task.getIssuingUnit())
			.setDeadline(task.getDeadline().toString())
			.setIssuedAt(Wire.timestamp(task.getIssuedAt()))
			.setIssuedBy(Wire.text(task.getIssuedBy()))
			.setSchedule(ScheduleWire.toWire(task.content().schedule()))
			.setStatus(status(task.getStatus()))
			.setStatusRevision(task.getStatusRevision());
		if (content.instruction() != null) {
			issued.setInstruction(SourceWire.toWire(content.instruction()));
		}
		ChangeNote status = task.getStatusNote();
		if (status != null) {
			issued.setStatusReason(Wire.text(status.reason())).setStatusChangedBy(Wire.text(status.by()));
			if (status.at() != null) {
				issued.setStatusChangedAt(Wire.timestamp(status.at()));
			}
		}
		ChangeNote revision = task.getRevisionNote();
		if (revision != null) {
			issued.setRevisionReason(Wire.text(revision.reason())).setRevisedBy(Wire.text(revision.by()));
			if (revision.at() != null) {
				issued.setRevisedAt(Wire.timestamp(revision.at()));
			}
		}
		for (Assignment assignment : assignments) {
			AssignmentSpec.Builder spec = AssignmentSpec.newBuilder()
				.setAssignmentId(assignment.getId())
				.setUnitCode(assignment.getUnitCode())
				.setRole(role(assignment.getRole()));
			if (assignment.getAssignedAt() != null) {
				spec.setAssignedAt(Wire.timestamp(assignment.getAssignedAt()));
			}
			issued.addAssignments(spec);
		}
		return Event.newBuilder().setTaskIssued(issued).build();
	}

	static Event assignmentSigned(Assignment assignment) {
		AssignmentSigned.Builder signed = AssignmentSigned.newBuilder()
			.setAssignmentId(assignment.getId())
			.setTaskId(assignment.getTaskId())
			.setUnitCode(assignment.getUnitCode())
			.setSignedBy(Wire.text(assignment.getSignedBy()))
			.setSignedAt(Wire.timestamp(assignment.getSignedAt()))
			.setAssigneeRevision(assignment.getAssigneeRevision());
		if (assignment.getResponsible() != null) {
			signed.setResponsible(SourceWire.toWire(assignment.getResponsible()));
		}
		return Event.newBuilder().setAssignmentSigned(signed).build();
	}

	static org.ducha.proto.federation.v1.TaskSource source(TaskSource source) {
		return org.ducha.proto.federation.v1.TaskSource.valueOf("TASK_SOURCE_" + source.name());
	}

	static TaskSource source(org.ducha.proto.federation.v1.TaskSource source) {
		return Wire.enumValue(TaskSource.class, source.name(), "TASK_SOURCE_");
	}

	static org.ducha.proto.federation.v1.TaskType type(TaskType type) {
		return org.ducha.proto.federation.v1.TaskType.valueOf("TASK_TYPE_" + type.name());
	}

	static TaskType type(org.ducha.proto.federation.v1.TaskType type) {
		return Wire.enumValue(TaskType.class, type.name(), "TASK_TYPE_");
	}

	static org.ducha.proto.federation.v1.TaskStatus status(TaskStatus status) {
		if (!status.isIssued()) {
			throw new IllegalStateException("A task with status " + status + " never leaves its node");
		}
		return org.ducha.proto.federation.v1.TaskStatus.valueOf("TASK_STATUS_" + status.name());
	}

	/**
	 * A task's status from the wire; unspecified (an issuer before the lifecycle) is
	 * ISSUED.
	 */
	static TaskStatus status(org.ducha.proto.federation.v1.TaskStatus status) {
		if (status == org.ducha.proto.federation.v1.TaskStatus.TASK_STATUS_UNSPECIFIED) {
			return TaskStatus.ISSUED;
		}
		return Wire.enumValue(TaskStatus.class, status.name(), "TASK_STATUS_");
	}

	/** An assignee's role on the wire (also in the parts of a roll-up). */
	public static org.ducha.proto.federation.v1.AssignmentRole role(AssignmentRole role) {
		return org.ducha.proto.federation.v1.AssignmentRole.valueOf("ASSIGNMENT_ROLE_" + role.name());
	}

	/** An assignee's role from the wire. */
	public static AssignmentRole role(org.ducha.proto.federation.v1.AssignmentRole role) {
		return Wire.enumValue(AssignmentRole.class, role.name(), "ASSIGNMENT_ROLE_");
	}

}
