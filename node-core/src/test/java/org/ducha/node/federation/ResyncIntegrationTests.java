package org.ducha.node.federation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.attachment.Attachment;
import org.ducha.node.attachment.AttachmentTransfers;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.report.AttachmentChoice;
import org.ducha.node.report.ReportContent;
import org.ducha.node.report.Reporting;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.ReviseTask;
import org.ducha.node.task.Signing;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskControl;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.Frame;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Hello decision end to end, between a city and its county: a channel resumes where
 * it stopped, and a re-created, truncated or regressed log, or a new node, is replaced by
 * a resumable snapshot after which the log goes on from the snapshot's watermark.
 */
class ResyncIntegrationTests {

	private static TestNode city;

	private static TestNode county;

	private int counter;

	@BeforeAll
	static void start() {
		city = TestNode.node("441700", NodeLevel.CITY)
			.name("阳江市")
			.children("441704")
			.withoutTransport()
			.property("ducha.federation.snapshot-chunk-records", "2")
			.start();
		county = TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.parent("441700", "127.0.0.1:1")
			.withoutTransport()
			.property("ducha.federation.snapshot-chunk-records", "2")
			.start();
	}

	@AfterAll
	static void stop() {
		county.close();
		city.close();
	}

	@BeforeEach
	void reset() {
		city.resetState();
		county.resetState();
	}

	private static Actor supervisor(TestNode node) {
		return new Actor("sup", "督查员", node.code(), node.code() + ":dcs", Set.of(Role.SUPERVISOR));
	}

	private Task issueToCounty() {
		TaskContent content = new TaskContent("任务" + (++this.counter), "内容", TaskSource.LEADER_INSTRUCTION,
				TaskType.ROUTINE, null, LocalDate.now().plusDays(30));
		return IssuedTasks.issue(city.context(),
				new IssueTask(content, List.of(new IssueTask.Assignee("441704", AssignmentRole.LEAD))),
				supervisor(city));
	}

	private static List<String> taskTitles(TestNode node) {
		return jdbc(node).sql("SELECT title FROM task ORDER BY title").query(String.class).list();
	}

	private static JdbcClient jdbc(TestNode node) {
		return node.bean(JdbcClient.class);
	}

	/**
	 * The audited link events of an action, leaving out the reference channel: a node new
	 * to it always gets the reference data by snapshot on its first connection.
	 */
	private static List<String> audited(TestNode node, String action) {
		return node.bean(AuditTrail.class)
			.latest(200)
			.stream()
			.filter((record) -> record.action().equals(action))
			.map(AuditRecord::detail)
			.filter((detail) -> !detail.startsWith("reference:") && !detail.contains("CHANNEL_REFERENCE"))
			.toList();
	}

	private static PipedLink connected() {
		PipedLink link = PipedLink.connect(city, county);
		link.drain();
		return link;
	}

	@Test
	void aReconnectingCountyResumesAfterWhatItApplied() {
		PipedLink first = connected();
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		issueToCounty();
		PipedLink second = connected();
		assertThat(taskTitles(county)).containsExactly("任务1", "任务2", "任务3");
		List<Frame> batches = second.framesToChild(Frame::hasBatch);
		assertThat(batches).as("only the entry written while disconnected is sent again").singleElement();
		assertThat(batches.get(0).getBatch().getEntries(0).getSeq()).isEqualTo(3);
		assertThat(audited(county, "RESYNC_REQUIRED")).isEmpty();
	}

	@Test
	void aRecreatedLogIsReplacedByASnapshotAndTheNewLogGoesOn() {
		PipedLink first = connected();
		issueToCounty();
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		String newEpoch = UUID.randomUUID().toString();
		jdbc(city).sql("DELETE FROM fed_outbound_entry WHERE peer_code = '441704' AND channel = 'task'").update();
		jdbc(city)
			.sql("UPDATE fed_outbound_log SET epoch = ?, last_seq = 0, acked_seq = 0 "
					+ "WHERE peer_code = '441704' AND channel = 'task'")
			.param(newEpoch)
			.update();
		issueToCounty();

		PipedLink second = connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement().asString().contains("epoch changed");
		assertThat(audited(county, "RESYNC_COMPLETED")).hasSize(1);
		assertThat(taskTitles(county)).containsExactly("任务1", "任务2", "任务3", "任务4");
		assertThat(second.framesToChild(Frame::hasSnapshotChunk)).as("4 tasks in chunks of 2, and the last")
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(jdbc(county).sql("SELECT epoch FROM fed_inbound_cursor WHERE channel = 'task'")
			.query(String.class)
			.single()).isEqualTo(newEpoch);

		issueToCounty();
		second.drain();
		assertThat(taskTitles(county)).contains("任务5");
	}

	@Test
	void aSnapshotCarriesTheTasksLatestRevisionAndStatus() {
		PipedLink first = connected();
		Task task = issueToCounty();
		first.drain();
		first.close();
		TaskControl control = city.bean(TaskControl.class);
		control.revise(task.getId(), new ReviseTask("任务（修订）", null, null, null, "范围调整"), supervisor(city));
		control.withdraw(task.getId(), "不再督办", IssuedTasks.leaderOf(city.code()));
		jdbc(city).sql("DELETE FROM fed_outbound_entry WHERE peer_code = '441704' AND channel = 'task'").update();
		jdbc(city)
			.sql("UPDATE fed_outbound_log SET epoch = ?, last_seq = 0, acked_seq = 0 "
					+ "WHERE peer_code = '441704' AND channel = 'task'")
			.param(UUID.randomUUID().toString())
			.update();

		connected();
		assertThat(audited(county, "RESYNC_COMPLETED")).hasSize(1);
		assertThat(jdbc(county).sql("SELECT title, revision, status, status_reason FROM task WHERE id = ?")
			.param(task.getId())
			.query((rs, row) -> rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getString(4))
			.single()).isEqualTo("任务（修订）/2/WITHDRAWN/不再督办");
	}

	@Test
	void aLogPurgedPastARestoredCursorIsReplacedByASnapshot() {
		PipedLink first = connected();
		issueToCounty();
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		assertThat(city.bean(OutboxStore.class).purge(Instant.now().plus(1, ChronoUnit.DAYS))).isEqualTo(3);
		// the county is restored from a backup taken after its first task
		jdbc(county).sql("UPDATE fed_inbound_cursor SET applied_seq = 1 WHERE channel = 'task'").update();
		jdbc(county).sql("DELETE FROM assignment WHERE task_id IN (SELECT id FROM task WHERE title <> '任务1')").update();
		jdbc(county).sql("DELETE FROM task WHERE title <> '任务1'").update();
		issueToCounty();

		connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement().asString().contains("was purged");
		assertThat(taskTitles(county)).containsExactly("任务1", "任务2", "任务3", "任务4");
	}

	@Test
	void aSenderRestoredBehindTheReceiverIsFollowedFromItsSnapshotSoNewEntriesAreNotSkipped() {
		PipedLink first = connected();
		issueToCounty();
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		// the city is restored from a backup taken after its first task
		jdbc(city).sql("DELETE FROM fed_outbound_entry WHERE peer_code = '441704' AND channel = 'task' AND seq > 1")
			.update();
		jdbc(city).sql(
				"UPDATE fed_outbound_log SET last_seq = 1, acked_seq = 1 WHERE peer_code = '441704' AND channel = 'task'")
			.update();
		jdbc(city).sql("DELETE FROM assignment WHERE task_id IN (SELECT id FROM task WHERE title <> '任务1')").update();
		jdbc(city).sql("DELETE FROM task WHERE title <> '任务1'").update();

		PipedLink second = connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement()
			.asString()
			.contains("log ends at 1 but 3 was applied");
		this.counter = 10;
		issueToCounty();
		second.drain();
		assertThat(taskTitles(county)).as("entry 2 of the restored log is new, not a duplicate of the old entry 2")
			.contains("任务11");
	}

	@Test
	void aNewCountyNodeIsBootstrappedBySnapshotOnceTheLogWasPurged() {
		PipedLink first = connected();
		issueToCounty();
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		assertThat(city.bean(OutboxStore.class).purge(Instant.now().plus(1, ChronoUnit.DAYS))).isEqualTo(3);
		county.resetState();

		connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement().asString().contains("never followed this log");
		assertThat(taskTitles(county)).containsExactly("任务1", "任务2", "任务3");
	}

	@Test
	void anInterruptedSnapshotResumesWhereItStopped() {
		PipedLink first = connected();
		for (int i = 0; i < 5; i++) {
			issueToCounty();
		}
		first.drain();
		first.close();
		county.bean(LinkOperations.class).resync("441700", "operator");

		PipedLink second = PipedLink.connect(city, county);
		// deliver until the county applied the first chunk of tasks, then cut the stream
		for (int i = 0; i < 100 && second.framesToParent(ResyncIntegrationTests::taskChunkApplied).isEmpty(); i++) {
			second.drainOne();
		}
		second.close();
		assertThat(jdbc(county).sql("SELECT state FROM fed_inbound_cursor WHERE channel = 'task'")
			.query(String.class)
			.single()).isEqualTo("RESYNCING");

		connected();
		assertThat(audited(city, "RESYNC_STARTED")).anySatisfy((detail) -> assertThat(detail).contains("the rest of"));
		assertThat(jdbc(county).sql("SELECT state FROM fed_inbound_cursor WHERE channel = 'task'")
			.query(String.class)
			.single()).isEqualTo("OK");
		assertThat(taskTitles(county)).hasSize(5);
	}

	private static boolean taskChunkApplied(Frame frame) {
		return frame.hasProgress()
				&& frame.getProgress().getChannel() == org.ducha.proto.federation.v1.Channel.CHANNEL_TASK
				&& !frame.getProgress().getComplete();
	}

	@Test
	void theReportChannelIsResyncedFromTheCountysOwnFacts() {
		PipedLink first = connected();
		Task task = issueToCounty();
		first.drain();
		String assignment = jdbc(county).sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
		county.bean(Signing.class).sign(assignment, supervisor(county));
		county.bean(Reporting.class)
			.report(assignment, new ReportContent(60, "过半", null, null, null, null, null, null), supervisor(county));
		first.close();
		jdbc(county).sql("DELETE FROM fed_outbound_entry WHERE channel = 'report'").update();
		jdbc(county).sql("UPDATE fed_outbound_log SET epoch = ?, last_seq = 0, acked_seq = 0 WHERE channel = 'report'")
			.param(UUID.randomUUID().toString())
			.update();

		connected();
		assertThat(audited(city, "RESYNC_COMPLETED")).hasSize(1);
		Map<String, Object> atCity = jdbc(city).sql("SELECT status, percent_complete FROM assignment WHERE id = ?")
			.param(assignment)
			.query()
			.singleRow();
		assertThat(atCity).containsEntry("status", "REPORTING").containsEntry("percent_complete", 60);
		assertThat(jdbc(city).sql("SELECT COUNT(*) FROM progress_report").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aResyncedReportBringsItsAttachmentsAndAsksForTheirBytesAgain() {
		PipedLink first = connected();
		Task task = issueToCounty();
		first.drain();
		String assignment = jdbc(county).sql("SELECT id FROM assignment WHERE task_id = ?")
			.param(task.getId())
			.query(String.class)
			.single();
		county.bean(Signing.class).sign(assignment, supervisor(county));
		Attachment attachment = county.bean(Attachments.class)
			.upload(new ByteArrayInputStream("整改清单".getBytes(StandardCharsets.UTF_8)), "清单.pdf", "application/pdf",
					supervisor(county));
		String sha256 = attachment.sha256().hex();
		county.bean(Reporting.class)
			.report(assignment, new ReportContent(60, "过半", null, null, null, null, null, null),
					List.of(new AttachmentChoice(sha256, "整改清单.pdf")), supervisor(county));
		first.close();
		// the bytes were pushed before the county's report log was lost
		jdbc(county).sql("UPDATE attachment_transfer SET state = 'DONE'").update();
		jdbc(county).sql("DELETE FROM fed_outbound_entry WHERE channel = 'report'").update();
		jdbc(county).sql("UPDATE fed_outbound_log SET epoch = ?, last_seq = 0, acked_seq = 0 WHERE channel = 'report'")
			.param(UUID.randomUUID().toString())
			.update();

		connected();
		assertThat(audited(city, "RESYNC_COMPLETED")).hasSize(1);
		assertThat(jdbc(city).sql("SELECT name FROM report_attachment WHERE sha256 = ?")
			.param(sha256)
			.query(String.class)
			.list()).containsExactly("整改清单.pdf");
		assertThat(jdbc(city).sql("SELECT COUNT(*) FROM attachment WHERE sha256 = ? AND stored_at IS NULL")
			.param(sha256)
			.query(Long.class)
			.single()).as("known at the city, its bytes to follow").isEqualTo(1);
		assertThat(county.bean(AttachmentTransfers.class).pushState(attachment.sha256(), "441700")).contains("PENDING");
	}

}
