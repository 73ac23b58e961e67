package org.ducha.node.federation;

import java.util.UUID;

import com.google.protobuf.Timestamp;

import org.ducha.proto.federation.v1.AlertAcknowledged;
import org.ducha.proto.federation.v1.AlertDirection;
import org.ducha.proto.federation.v1.AlertKind;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.AssignmentReturned;
import org.ducha.proto.federation.v1.AssignmentRole;
import org.ducha.proto.federation.v1.AssignmentSigned;
import org.ducha.proto.federation.v1.CalendarNoticeSet;
import org.ducha.proto.federation.v1.CompletionDecided;
import org.ducha.proto.federation.v1.CompletionRequested;
import org.ducha.proto.federation.v1.CoordinationOutcome;
import org.ducha.proto.federation.v1.CoordinationRecorded;
import org.ducha.proto.federation.v1.DivisionSet;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.ExtensionDecided;
import org.ducha.proto.federation.v1.ExtensionRequested;
import org.ducha.proto.federation.v1.HolidayDay;
import org.ducha.proto.federation.v1.ProgressReported;
import org.ducha.proto.federation.v1.ProgressRolledUp;
import org.ducha.proto.federation.v1.ReminderKind;
import org.ducha.proto.federation.v1.ReminderSent;
import org.ducha.proto.federation.v1.ReportReturned;
import org.ducha.proto.federation.v1.RolledUpPart;

/**
 * Wire events of every kind, built by hand as a node would state them, for tests that
 * send them from any node's outbox: the rightful originator's (they must apply), or a
 * hostile node's (they must be quarantined).
 */
final class WireEvents {

	static final Timestamp NOW = Timestamp.newBuilder().setSeconds(1_790_000_000L).build();

	private WireEvents() {
	}

	static String id() {
		return UUID.randomUUID().toString();
	}

	static Event signed(String assignmentId, String taskId, String unit) {
		return Event.newBuilder()
			.setAssignmentSigned(AssignmentSigned.newBuilder()
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setSignedBy("handler")
				.setSignedAt(NOW)
				.setAssigneeRevision(50))
			.build();
	}

	static Event returned(String assignmentId, String taskId, String unit, long step) {
		return Event.newBuilder()
			.setAssignmentReturned(AssignmentReturned.newBuilder()
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setReturnedBy("handler")
				.setReturnedAt(NOW)
				.setReason("不属本单位职责")
				.setLifecycleStep(step))
			.build();
	}

	static Event reported(String assignmentId, String taskId, String unit) {
		return Event.newBuilder()
			.setProgressReported(ProgressReported.newBuilder()
				.setReportId(id())
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setReportedBy("handler")
				.setReportedAt(NOW)
				.setPercentComplete(30)
				.setProgress("已完成排查")
				.setAssigneeRevision(51))
			.build();
	}

	static Event extensionRequested(String assignmentId, String taskId, String unit) {
		return Event.newBuilder()
			.setExtensionRequested(ExtensionRequested.newBuilder()
				.setRequestId(id())
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setRequestedBy("handler")
				.setRequestedAt(NOW)
				.setCurrentDate("2030-06-30")
				.setRequestedDate("2030-09-30")
				.setReason("汛期施工受阻"))
			.build();
	}

	static Event extensionDecided(String requestId, String assignmentId, String taskId, String issuer) {
		return Event.newBuilder()
			.setExtensionDecided(ExtensionDecided.newBuilder()
				.setRequestId(requestId)
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setIssuingNode(issuer)
				.setApproved(true)
				.setApprovedDate("2030-09-30")
				.setDecidedBy("leader")
				.setDecidedAt(NOW)
				.setReason("同意"))
			.build();
	}

	static Event completionRequested(String assignmentId, String taskId, String unit, long step) {
		return Event.newBuilder()
			.setCompletionRequested(CompletionRequested.newBuilder()
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setRequestedBy("handler")
				.setRequestedAt(NOW)
				.setEvidence("验收报告")
				.setLifecycleStep(step))
			.build();
	}

	static Event completionDecided(String assignmentId, String taskId, String issuer, long step) {
		return Event.newBuilder()
			.setCompletionDecided(CompletionDecided.newBuilder()
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setIssuingNode(issuer)
				.setApproved(false)
				.setDecidedBy("leader")
				.setDecidedAt(NOW)
				.setReason("材料不全")
				.setLifecycleStep(step))
			.build();
	}

	static Event alert(String fromNode, String fromUnit, String toNode, boolean up) {
		return Event.newBuilder()
			.setAlertRaised(AlertRaised.newBuilder()
				.setAlertId(id())
				.setDirection(up ? AlertDirection.ALERT_DIRECTION_UP : AlertDirection.ALERT_DIRECTION_DOWN)
				.setKind(up ? AlertKind.ALERT_KIND_RISK : AlertKind.ALERT_KIND_PROMPT)
				.setFromNode(fromNode)
				.setFromUnit(fromUnit)
				.setToNode(toNode)
				.setTitle("预警")
				.setRaisedBy("supervisor")
				.setRaisedAt(NOW))
			.build();
	}

	static Event acknowledged(String alertId, String recipient) {
		return Event.newBuilder()
			.setAlertAcknowledged(AlertAcknowledged.newBuilder()
				.setAlertId(alertId)
				.setRecipientNode(recipient)
				.setAcknowledgedBy("handler")
				.setAcknowledgedAt(NOW)
				.setNote("已阅"))
			.build();
	}

	static Event rolledUp(String assignmentId, String taskId, String unit) {
		return Event.newBuilder()
			.setProgressRolledUp(ProgressRolledUp.newBuilder()
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setRevision(7)
				.setComputedAt(NOW)
				.addParts(RolledUpPart.newBuilder()
					.setSubTaskId(id())
					.setSubTaskTitle("分解任务")
					.setAssignmentId(id())
					.setUnitCode(unit + ":jyj")
					.setRole(AssignmentRole.ASSIGNMENT_ROLE_LEAD)
					.setStatus("REPORTING")
					.setPercentComplete(40)
					.setDueDate("2030-06-30")))
			.build();
	}

	static Event noticeSet(int year, long version) {
		return Event.newBuilder()
			.setCalendarNoticeSet(CalendarNoticeSet.newBuilder()
				.setYear(year)
				.setVersion(version)
				.addDays(HolidayDay.newBuilder().setDate(year + "-10-01").setName("国庆节").setOffDay(true))
				.setReason(year + "年部分节假日安排")
				.setChangedBy("sysadmin")
				.setChangedAt(NOW))
			.build();
	}

	static Event reminder(String fromNode, String fromUnit, String toNode, String taskId, String assignmentId) {
		return Event.newBuilder()
			.setReminderSent(ReminderSent.newBuilder()
				.setReminderId(id())
				.setKind(ReminderKind.REMINDER_KIND_MANUAL)
				.setFromNode(fromNode)
				.setFromUnit(fromUnit)
				.setSentBy("supervisor")
				.setToNode(toNode)
				.setToUnit(toNode)
				.setTaskId(taskId)
				.setAssignmentId(assignmentId)
				.setTitle("【催办】请尽快报送")
				.setMessage("请尽快报送。")
				.setSentAt(NOW))
			.build();
	}

	static Event coordination(String assignmentId, String taskId, String unit) {
		return Event.newBuilder()
			.setCoordinationRecorded(CoordinationRecorded.newBuilder()
				.setCoordinationId(id())
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setUnitCode(unit)
				.setCoordinatedOn("2030-03-02")
				.addWithUnits("441702")
				.setMatter("联合执法")
				.setOutcome(CoordinationOutcome.COORDINATION_OUTCOME_RESOLVED)
				.setRecordedBy("handler")
				.setRecordedAt(NOW))
			.build();
	}

	static Event division(String code, String parent, long version) {
		return Event.newBuilder()
			.setDivisionSet(DivisionSet.newBuilder()
				.setCode(code)
				.setName("新区 " + code)
				.setParentCode(parent)
				.setVersion(version)
				.setReason("批复设立")
				.setChangedBy("sysadmin")
				.setChangedAt(NOW))
			.build();
	}

	static Event reportReturned(String reportId, String assignmentId, String taskId, String issuer) {
		return Event.newBuilder()
			.setReportReturned(ReportReturned.newBuilder()
				.setReportId(reportId)
				.setAssignmentId(assignmentId)
				.setTaskId(taskId)
				.setIssuingNode(issuer)
				.setReturnedBy("supervisor")
				.setReturnedAt(NOW)
				.setReason("请补充整治时限"))
			.build();
	}

}
