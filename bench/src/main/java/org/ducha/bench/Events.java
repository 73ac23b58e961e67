package org.ducha.bench;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import com.google.protobuf.UnknownFieldSet;

import org.ducha.node.federation.Delivery;
import org.ducha.proto.federation.v1.AlertDirection;
import org.ducha.proto.federation.v1.AlertKind;
import org.ducha.proto.federation.v1.AlertRaised;
import org.ducha.proto.federation.v1.AssignmentRole;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.QuarterlySchedule;
import org.ducha.proto.federation.v1.ReportingSchedule;
import org.ducha.proto.federation.v1.TaskIssued;
import org.ducha.proto.federation.v1.TaskSource;
import org.ducha.proto.federation.v1.TaskStatus;
import org.ducha.proto.federation.v1.TaskType;

/**
 * The events the benchmark sends: tasks issued by the province to a lower government, and
 * prompts (提示) from the province, shaped like the ones the nodes send themselves, so that
 * the receivers' real handlers apply them.
 */
final class Events {

	static final String PROVINCE = "440000";

	private static final String CONTENT = "请各地对照省政府常务会议部署，抓紧落实本年度重点民生实事项目，"
			+ "明确责任单位和完成时限，按季度报送工作进展、存在问题和下一步措施，确保按期保质完成。" + "对推进滞后的项目要分析原因、制定整改方案，并由主要负责同志亲自督办。";

	/** A field number {@code Event} does not declare. */
	private static final int UNKNOWN_FIELD = 9999;

	private static final AtomicLong numbers = new AtomicLong();

	private Events() {
	}

	/** A task the province issues to the government of {@code destination}. */
	static Delivery taskIssued(String destination) {
		Instant now = Instant.now();
		String taskId = UUID.randomUUID().toString();
		TaskIssued issued = TaskIssued.newBuilder()
			.setTaskId(taskId)
			.setRevision(1)
			.setNumber("粤督〔2026〕" + numbers.incrementAndGet() + "号")
			.setTitle("关于加快推进2026年度民生实事项目的督办通知")
			.setContent(CONTENT)
			.setSource(TaskSource.TASK_SOURCE_MEETING_DECISION)
			.setType(TaskType.TASK_TYPE_SPECIAL)
			.setBasis("省政府第12次常务会议纪要")
			.setIssuingNode(PROVINCE)
			.setIssuingUnit(PROVINCE)
			.setDeadline("2027-06-30")
			.setIssuedAt(timestamp(now))
			.setIssuedBy("bench")
			.addAssignments(AssignmentSpec.newBuilder()
				.setAssignmentId(UUID.randomUUID().toString())
				.setUnitCode(destination)
				.setRole(AssignmentRole.ASSIGNMENT_ROLE_LEAD))
			.setSchedule(ReportingSchedule.newBuilder()
				.setQuarterly(QuarterlySchedule.newBuilder().setYear(2027).setWorkingDays(5)))
			.setStatus(TaskStatus.TASK_STATUS_ISSUED)
			.setStatusRevision(1)
			.build();
		return new Delivery(UUID.randomUUID().toString(), PROVINCE, destination, now,
				Event.newBuilder().setTaskIssued(issued).build());
	}

	/** A prompt from the province to the government of {@code destination}. */
	static Delivery prompt(String destination) {
		Instant now = Instant.now();
		AlertRaised raised = AlertRaised.newBuilder()
			.setAlertId(UUID.randomUUID().toString())
			.setDirection(AlertDirection.ALERT_DIRECTION_DOWN)
			.setKind(AlertKind.ALERT_KIND_PROMPT)
			.setFromNode(PROVINCE)
			.setFromUnit(PROVINCE)
			.setToNode(destination)
			.setTitle("防汛工作提示")
			.setMessage("请立即检查辖区内在建项目的防汛措施落实情况。")
			.setRaisedBy("bench")
			.setRaisedAt(timestamp(now))
			.build();
		return new Delivery(UUID.randomUUID().toString(), PROVINCE, destination, now,
				Event.newBuilder().setAlertRaised(raised).build());
	}

	/**
	 * An event of a kind no node of this version knows, as big as a task: the receiver
	 * only records it (parks it), so its rate is the link engine's own, without the
	 * domain's handlers.
	 */
	static Delivery unknownKind(String destination) {
		byte[] filler = taskIssued(destination).event().toByteArray();
		Event event = Event.newBuilder()
			.setUnknownFields(UnknownFieldSet.newBuilder()
				.addField(UNKNOWN_FIELD,
						UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFrom(filler)).build())
				.build())
			.build();
		return new Delivery(UUID.randomUUID().toString(), PROVINCE, destination, Instant.now(), event);
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

}
