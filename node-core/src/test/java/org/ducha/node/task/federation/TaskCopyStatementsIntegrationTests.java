package org.ducha.node.task.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.federation.EventHandler;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.AssignmentRole;
import org.ducha.proto.federation.v1.AssignmentSpec;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.QuarterlySchedule;
import org.ducha.proto.federation.v1.ReportingSchedule;
import org.ducha.proto.federation.v1.TaskIssued;
import org.ducha.proto.federation.v1.TaskSource;
import org.ducha.proto.federation.v1.TaskStatus;
import org.ducha.proto.federation.v1.TaskType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a batch of task copies costs the database at a city: the statements its connection
 * sends (MariaDB's Questions counter of the session, commit included) for a batch of 256
 * copies as the benchmark sends them (one lead assignment, four quarterly slots each),
 * and that every row one copy writes is there.
 */
class TaskCopyStatementsIntegrationTests {

	private static final int BATCH = 256;

	private static final String PROVINCE = "440000";

	private static final String CITY = "440100";

	private static final AtomicLong numbers = new AtomicLong();

	private static TestNode city;

	@BeforeAll
	static void start() {
		city = TestNode.node(CITY, NodeLevel.CITY).withoutTransport().start();
	}

	@AfterAll
	static void stop() {
		city.close();
	}

	@Test
	void appliesABatchOfCopiesWithAFewStatementsPerCopy() {
		List<IncomingEvent> events = new ArrayList<>();
		for (int i = 0; i < BATCH; i++) {
			events.add(issued());
		}
		EventHandler handler = city.bean(TaskIssuedHandler.class);
		JdbcClient jdbc = city.bean(JdbcClient.class);
		long[] questions = new long[2];
		new TransactionTemplate(city.bean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
			questions[0] = questions(jdbc);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// the connection is still this transaction's
					questions[1] = questions(jdbc);
				}
			});
			handler.apply(events);
		});
		// the counter's own reading counts once
		double perCopy = (questions[1] - questions[0] - 1) / (double) BATCH;
		System.out.printf("statements per TaskIssued copy in a batch of %d: %.2f%n", BATCH, perCopy);
		List<String> ids = events.stream().map((event) -> event.event().getTaskIssued().getTaskId()).toList();
		assertThat(count(jdbc, "SELECT COUNT(*) FROM task WHERE id IN (:ids)", ids)).isEqualTo(BATCH);
		assertThat(count(jdbc, "SELECT COUNT(*) FROM assignment WHERE task_id IN (:ids) AND light IS NOT NULL "
				+ "AND sign_by IS NOT NULL", ids))
			.isEqualTo(BATCH);
		assertThat(count(jdbc, "SELECT COUNT(*) FROM report_slot s JOIN assignment a ON a.id = s.assignment_id "
				+ "WHERE a.task_id IN (:ids)", ids))
			.isEqualTo(4L * BATCH);
		assertThat(count(jdbc, "SELECT COUNT(*) FROM task_timeline WHERE action = 'ISSUED' AND task_id IN (:ids)", ids))
			.isEqualTo(BATCH);
		assertThat(perCopy).isLessThan(3);
	}

	@Test
	void aTaskCopiedAgainInTheSameBatchEndsAsOneByOne() {
		EventHandler handler = city.bean(TaskIssuedHandler.class);
		JdbcClient jdbc = city.bean(JdbcClient.class);
		TransactionTemplate transaction = new TransactionTemplate(city.bean(PlatformTransactionManager.class));
		List<IncomingEvent> batched = history(issued());
		List<IncomingEvent> alone = history(issued());
		transaction.executeWithoutResult((status) -> handler.apply(batched));
		for (IncomingEvent event : alone) {
			transaction.executeWithoutResult((status) -> handler.apply(List.of(event)));
		}
		assertThat(state(jdbc, batched)).isEqualTo(state(jdbc, alone));
		assertThat(state(jdbc, batched)).contains("ISSUED", "REVISED", "SUSPENDED", "revision 2", "v2");
	}

	/** The task as issued, revised (a new deadline) and suspended, each stated twice. */
	private static List<IncomingEvent> history(IncomingEvent issued) {
		TaskIssued first = issued.event().getTaskIssued();
		TaskIssued revised = first.toBuilder()
			.setRevision(2)
			.setDeadline("2027-09-30")
			.setTitle("关于加快推进2026年度民生实事项目的督办通知（修订）")
			.setRevisedBy("督查员")
			.setRevisionReason("延后完成时限")
			.build();
		TaskIssued suspended = revised.toBuilder()
			.setStatus(TaskStatus.TASK_STATUS_SUSPENDED)
			.setStatusRevision(2)
			.setStatusReason("暂缓")
			.build();
		return List.of(issued, again(issued, first), again(issued, revised), again(issued, revised),
				again(issued, suspended), again(issued, first));
	}

	private static IncomingEvent again(IncomingEvent template, TaskIssued issued) {
		return new IncomingEvent(UUID.randomUUID().toString(), template.originNode(), template.destinationNode(),
				template.occurredAt(), Event.newBuilder().setTaskIssued(issued).build(), null, false);
	}

	/**
	 * What a reader sees of the task: its row, assignments, slots and timeline, its id
	 * and number aside.
	 */
	private static String state(JdbcClient jdbc, List<IncomingEvent> events) {
		String taskId = events.get(0).event().getTaskIssued().getTaskId();
		String number = events.get(0).event().getTaskIssued().getNumber();
		String task = jdbc
			.sql("SELECT CONCAT_WS('|', title, deadline, status, revision, status_revision, CONCAT('v', version)) "
					+ "FROM task WHERE id = ?")
			.param(taskId)
			.query(String.class)
			.single();
		List<String> assignments = jdbc
			.sql("SELECT CONCAT_WS('|', status, light, sign_by, version) FROM assignment WHERE task_id = ?")
			.param(taskId)
			.query(String.class)
			.list();
		List<String> slots = jdbc
			.sql("SELECT CONCAT_WS('|', s.ordinal, s.due_date) FROM report_slot s JOIN assignment a "
					+ "ON a.id = s.assignment_id WHERE a.task_id = ? ORDER BY s.ordinal")
			.param(taskId)
			.query(String.class)
			.list();
		List<String> timeline = jdbc
			.sql("SELECT CONCAT_WS('|', action, from_status, to_status, reason, detail) FROM task_timeline "
					+ "WHERE task_id = ? ORDER BY id")
			.param(taskId)
			.query(String.class)
			.list();
		List<String> revisions = jdbc
			.sql("SELECT CONCAT_WS('|', revision, reason) FROM task_revision WHERE task_id = ?")
			.param(taskId)
			.query(String.class)
			.list();
		return task + "\n" + assignments + "\n" + slots + "\n" + timeline.toString().replace(number, "N") + "\n"
				+ revisions;
	}

	private static long questions(JdbcClient jdbc) {
		return jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'").query((rs, row) -> rs.getLong(2)).single();
	}

	private static long count(JdbcClient jdbc, String sql, List<String> ids) {
		return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
	}

	/** A task the province issues to the city, as the benchmark's scenario 2 does. */
	private static IncomingEvent issued() {
		Instant now = Instant.parse("2026-12-01T02:00:00Z");
		Timestamp at = Timestamp.newBuilder().setSeconds(now.getEpochSecond()).build();
		TaskIssued issued = TaskIssued.newBuilder()
			.setTaskId(UUID.randomUUID().toString())
			.setRevision(1)
			.setNumber("粤督〔2026〕" + numbers.incrementAndGet() + "号")
			.setTitle("关于加快推进2026年度民生实事项目的督办通知")
			.setContent("按季度报送工作进展")
			.setSource(TaskSource.TASK_SOURCE_MEETING_DECISION)
			.setType(TaskType.TASK_TYPE_SPECIAL)
			.setIssuingNode(PROVINCE)
			.setIssuingUnit(PROVINCE)
			.setDeadline("2027-06-30")
			.setIssuedAt(at)
			.setIssuedBy("bench")
			.addAssignments(AssignmentSpec.newBuilder()
				.setAssignmentId(UUID.randomUUID().toString())
				.setUnitCode(CITY)
				.setRole(AssignmentRole.ASSIGNMENT_ROLE_LEAD))
			.setSchedule(ReportingSchedule.newBuilder()
				.setQuarterly(QuarterlySchedule.newBuilder().setYear(2027).setWorkingDays(5)))
			.setStatus(TaskStatus.TASK_STATUS_ISSUED)
			.setStatusRevision(1)
			.build();
		return new IncomingEvent(UUID.randomUUID().toString(), PROVINCE, CITY, now,
				Event.newBuilder().setTaskIssued(issued).build(), null, false);
	}

}
