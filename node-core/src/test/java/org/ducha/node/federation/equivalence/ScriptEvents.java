package org.ducha.node.federation.equivalence;

import java.util.List;

import com.google.protobuf.Timestamp;

import org.ducha.proto.federation.v1.AlertAcknowledged;
import org.ducha.proto.federation.v1.AlertDirection;
import org.ducha.proto.federation.v1.AlertKind;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.AssignmentReturned;
import org.ducha.proto.federation.v1.AssignmentRole;
import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.CompletionDecided;
import org.ducha.proto.federation.v1.CompletionRequested;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ExtensionDecided;
import org.ducha.proto.federation.v1.ExtensionRequested;
import org.ducha.proto.federation.v1.LadderStepKind;
import org.ducha.proto.federation.v1.LadderStepStated;
import org.ducha.proto.federation.v1.MonthlySchedule;
import org.ducha.proto.federation.v1.ProgressReported;
import org.ducha.proto.federation.v1.ReminderKind;
import org.ducha.proto.federation.v1.ReminderSent;
import org.ducha.proto.federation.v1.ReportReturned;
import org.ducha.proto.federation.v1.ReportingSchedule;
import org.ducha.proto.federation.v1.TaskIssued;
import org.ducha.proto.federation.v1.TaskSource;
import org.ducha.proto.federation.v1.TaskStatus;
import org.ducha.proto.federation.v1.TaskType;

/**
 * The wire events of a script, as their rightful originators state them; every time on
 * them is the script's one instant, so that nothing depends on when a run happens.
 */
final class ScriptEvents {

	static final Timestamp AT = Timestamp.newBuilder().setSeconds(1_772_413_200L).build();

	private ScriptEvents() {
	}

	/**
	 * The whole task as its issuer sends it after each revision and status change.
	 */
	static Event task(ScriptWorld.Task task) {
		TaskIssued.Builder issued = TaskIssued.newBuilder()
			.setTaskId(task.id)
			.setRevision(task.revision)
			.setNumber("粤督〔2026〕" + task.number + "号")
			.setTitle(task.title + ((task.revision > 1) ? "（第" + task.revision + "次修订）" : ""))
			.setContent("按期报送进展")
			.setSource(TaskSource.TASK_SOURCE_MAJOR_DECISION)
			.setType(TaskType.TASK_TYPE_SPECIAL)
			.setIssuingNode(ScriptWorld.PROVINCE)
			.setIssuingUnit(ScriptWorld.PROVINCE + ":zfb")
			.setDeadline(task.deadline)
			.setIssuedAt(AT)
			.setIssuedBy("supervisor")
			.setSchedule(ReportingSchedule.newBuilder()
				.setMonthly(MonthlySchedule.newBuilder()
					.setFromMonth("2026-03")
					.setToMonth(task.deadline.substring(0, 7))
					.setNthWorkingDay(5)))
			.setStatus(task.status)
			.setStatusRevision(task.statusRevision);
		if (task.revision > 1) {
			issued.setRevisedBy("supervisor").setRevisedAt(AT).setRevisionReason("调整完成时限");
		}
		if (task.statusRevision > 0) {
			issued.setStatusChangedBy("leader")
				.setStatusChangedAt(AT)
				.setStatusReason((task.status == TaskStatus.TASK_STATUS_SUSPENDED) ? "待上级统筹" : "");
		}
		for (ScriptWorld.Assignment assignment : task.assignments) {
			issued.addAssignments(AssignmentSpec.newBuilder()
				.setAssignmentId(assignment.id)
				.setUnitCode(assignment.unit)
				.setRole(assignment.lead ? AssignmentRole.ASSIGNMENT_ROLE_LEAD : AssignmentRole.ASSIGNMENT_ROLE_CO));
		}
		return Event.newBuilder().setTaskIssued(issued).build();
	}

	/** A task addressed to one node that carries an assignment of another's unit. */
	static Event misaddressedTask(String taskId, String assignmentId, String foreignUnit) {
		ScriptWorld.Task task = new ScriptWorld.Task(taskId, 9999, "错投的任务", "2026-09-30", ScriptWorld.PROVINCE,
				ScriptWorld.CITY);
		task.assignments.add(new ScriptWorld.Assignment(assignmentId, task, foreignUnit, true));
		return task(task);
	}

	static Event signed(ScriptWorld.Assignment assignment) {
		return Event.newBuilder()
			.setAssignmentSigned(AssignmentSigned.newBuilder()
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setUnitCode(assignment.unit)
				.setSignedBy("handler")
				.setSignedAt(AT)
				.setAssigneeRevision(assignment.assigneeRevision))
			.build();
	}

	static Event returned(ScriptWorld.Assignment assignment) {
		return Event.newBuilder()
			.setAssignmentReturned(AssignmentReturned.newBuilder()
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setUnitCode(assignment.unit)
				.setReturnedBy("handler")
				.setReturnedAt(AT)
				.setReason("不属本单位职责")
				.setLifecycleStep(assignment.lifecycleStep))
			.build();
	}

	static Event reported(ScriptWorld.Assignment assignment, String reportId, int percent) {
		return Event.newBuilder()
			.setProgressReported(ProgressReported.newBuilder()
				.setReportId(reportId)
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setUnitCode(assignment.unit)
				.setReportedBy("handler")
				.setReportedAt(AT)
				.setPercentComplete(percent)
				.setProgress("完成" + percent + "%")
				.setAssigneeRevision(assignment.assigneeRevision))
			.build();
	}

	static Event reportReturned(ScriptWorld.Assignment assignment, String reportId) {
		return Event.newBuilder()
			.setReportReturned(ReportReturned.newBuilder()
				.setReportId(reportId)
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setIssuingNode(ScriptWorld.PROVINCE)
				.setReturnedBy("supervisor")
				.setReturnedAt(AT)
				.setReason("请补充整治时限"))
			.build();
	}

	static Event extensionRequested(ScriptWorld.Assignment assignment, String requestId) {
		return Event.newBuilder()
			.setExtensionRequested(ExtensionRequested.newBuilder()
				.setRequestId(requestId)
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setUnitCode(assignment.unit)
				.setRequestedBy("handler")
				.setRequestedAt(AT)
				.setCurrentDate(assignment.task.deadline)
				.setRequestedDate("2026-12-31")
				.setReason("汛期施工受阻"))
			.build();
	}

	static Event extensionDecided(ScriptWorld.Assignment assignment, String requestId, boolean approved) {
		ExtensionDecided.Builder decided = ExtensionDecided.newBuilder()
			.setRequestId(requestId)
			.setAssignmentId(assignment.id)
			.setTaskId(assignment.task.id)
			.setIssuingNode(ScriptWorld.PROVINCE)
			.setApproved(approved)
			.setDecidedBy("leader")
			.setDecidedAt(AT)
			.setReason(approved ? "同意" : "理由不充分");
		if (approved) {
			decided.setApprovedDate("2026-12-31");
		}
		return Event.newBuilder().setExtensionDecided(decided).build();
	}

	static Event completionRequested(ScriptWorld.Assignment assignment) {
		return Event.newBuilder()
			.setCompletionRequested(CompletionRequested.newBuilder()
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setUnitCode(assignment.unit)
				.setRequestedBy("handler")
				.setRequestedAt(AT)
				.setEvidence("验收报告")
				.setLifecycleStep(assignment.lifecycleStep))
			.build();
	}

	static Event completionDecided(ScriptWorld.Assignment assignment, boolean approved) {
		return Event.newBuilder()
			.setCompletionDecided(CompletionDecided.newBuilder()
				.setAssignmentId(assignment.id)
				.setTaskId(assignment.task.id)
				.setIssuingNode(ScriptWorld.PROVINCE)
				.setApproved(approved)
				.setDecidedBy("leader")
				.setDecidedAt(AT)
				.setReason(approved ? "同意办结" : "材料不全")
				.setLifecycleStep(assignment.lifecycleStep))
			.build();
	}

	static Event alert(String alertId, String fromNode, String toNode, boolean up) {
		return Event.newBuilder()
			.setAlertRaised(AlertRaised.newBuilder()
				.setAlertId(alertId)
				.setDirection(up ? AlertDirection.ALERT_DIRECTION_UP : AlertDirection.ALERT_DIRECTION_DOWN)
				.setKind(up ? AlertKind.ALERT_KIND_RISK : AlertKind.ALERT_KIND_PROMPT)
				.setFromNode(fromNode)
				.setFromUnit(fromNode)
				.setToNode(toNode)
				.setTitle(up ? "风险预警" : "工作提示")
				.setMessage("请关注")
				.setRaisedBy("supervisor")
				.setRaisedAt(AT))
			.build();
	}

	static Event acknowledged(String alertId, String recipient) {
		return Event.newBuilder()
			.setAlertAcknowledged(AlertAcknowledged.newBuilder()
				.setAlertId(alertId)
				.setRecipientNode(recipient)
				.setAcknowledgedBy("handler")
				.setAcknowledgedAt(AT)
				.setNote("已阅"))
			.build();
	}

	static Event reminder(String reminderId, ScriptWorld.Assignment assignment) {
		return Event.newBuilder()
			.setReminderSent(ReminderSent.newBuilder()
				.setReminderId(reminderId)
				.setKind(ReminderKind.REMINDER_KIND_MANUAL)
				.setFromNode(ScriptWorld.PROVINCE)
				.setFromUnit(ScriptWorld.PROVINCE + ":zfb")
				.setSentBy("supervisor")
				.setToNode(ScriptWorld.nodeOf(assignment.unit))
				.setToUnit(assignment.unit)
				.setTaskId(assignment.task.id)
				.setAssignmentId(assignment.id)
				.setTitle("【催办】请尽快报送")
				.setMessage("请尽快报送。")
				.setSentAt(AT))
			.build();
	}

	/** A ladder step of the province on a unit of the city, at a revision. */
	static Event ladderStep(String stepId, String unit, long revision, String reason) {
		return Event.newBuilder()
			.setLadderStepStated(LadderStepStated.newBuilder()
				.setStepId(stepId)
				.setKind(LadderStepKind.LADDER_STEP_KIND_SUPERVISION_NOTICE)
				.setIssuingNode(ScriptWorld.PROVINCE)
				.setRevision(revision)
				.setUnitCode(unit)
				.setUnitName("单位 " + unit)
				.setIssuedOn("2026-03-02")
				.setReason(reason)
				.setRectificationDeadline("2026-04-30")
				.setProposedBy("supervisor")
				.setConfirmedBy("supervisor")
				.setApprovedBy("leader")
				.setIssuedAt(AT))
			.build();
	}

	static List<String> cityDepartments() {
		return List.of(ScriptWorld.CITY + ":fgj", ScriptWorld.CITY + ":jtj", ScriptWorld.CITY + ":zjj");
	}

}
