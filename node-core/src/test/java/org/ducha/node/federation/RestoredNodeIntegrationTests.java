package org.ducha.node.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.PipedLink;
import org.ducha.node.testing.TestNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node restored from a backup of its whole database, between a city and its county
 * (docs/protocol.md, "Restored nodes"): a restored sender that wrote again is told from
 * one that only lags by the fingerprints in Hello, takes a new epoch without handing out
 * a sequence number twice and is re-synced; a restored receiver is sent again what it
 * lost and applies it once; what the restored node originated and lost is listed where
 * its neighbour applied it.
 */
class RestoredNodeIntegrationTests {

	private static final String CITY = "441700";

	private static TestNode city;

	private static TestNode county;

	private int counter;

	@BeforeAll
	static void start() {
		city = TestNode.node(CITY, NodeLevel.CITY).name("阳江市").children("441704").withoutTransport().start();
		county = TestNode.node("441704", NodeLevel.COUNTY)
			.name("阳东区")
			.parent(CITY, "127.0.0.1:1")
			.withoutTransport()
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
		jdbc(county).sql("DELETE FROM fed_lost_entry").update();
		jdbc(city).sql("DELETE FROM fed_lost_entry").update();
	}

	@Test
	void aSenderRestoredThatWrotePastWhatWasAppliedTakesANewEpochAndIsResynced() {
		PipedLink first = connected();
		issueToCounty();
		first.drain();
		DatabaseBackup backup = DatabaseBackup.take(city);
		long ackedAtBackup = ackedByCounty();
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		List<String> lostAtCity = appliedFromCityAfter(ackedAtBackup);
		long appliedBefore = taskCursor(county);
		backup.restore();
		this.counter = 10;
		for (int i = 0; i < 3; i++) {
			issueToCounty();
		}
		assertThat(lastSeq(city)).as("the restored city wrote past what the county applied")
			.isGreaterThan(appliedBefore);

		connected();
		assertThat(audited(city, "LOG_RENEWED")).singleElement().asString().contains("numbering after");
		assertThat(audited(county, "RESYNC_REQUIRED")).as("the county saw nothing wrong in the Hello").isEmpty();

		connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement().asString().contains("epoch changed");
		assertThat(taskTitles(county)).containsExactly("任务1", "任务11", "任务12", "任务13", "任务2", "任务3");
		assertThat(county.bean(RestoredPeers.class).lost(CITY)).containsExactlyElementsOf(lostAtCity);
		assertThat(audited(county, "PEER_RESTORED")).singleElement().asString().contains("may be lost there");
	}

	@Test
	void aSenderRestoredThatWroteUpToWhatWasAppliedIsToldByItsLastEntrysFingerprint() {
		PipedLink first = connected();
		issueToCounty();
		first.drain();
		DatabaseBackup backup = DatabaseBackup.take(city);
		issueToCounty();
		first.drain();
		first.close();
		long applied = taskCursor(county);
		backup.restore();
		this.counter = 10;
		while (lastSeq(city) < applied) {
			issueToCounty();
		}
		assertThat(lastSeq(city)).isEqualTo(applied);

		PipedLink second = connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement()
			.asString()
			.contains("log diverged at entry " + applied);
		assertThat(taskTitles(county)).contains("任务1", "任务2", "任务11");
		issueToCounty();
		second.drain();
		assertThat(taskTitles(county)).contains("任务12");
	}

	@Test
	void aSenderRestoredBehindWhatWasAppliedNumbersItsNextEntriesAfterIt() {
		PipedLink first = connected();
		issueToCounty();
		first.drain();
		DatabaseBackup backup = DatabaseBackup.take(city);
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		long applied = taskCursor(county);
		backup.restore();

		PipedLink second = connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).singleElement().asString().contains("was applied");
		assertThat(lastSeq(city)).as("no sequence number the county applied is handed out again")
			.isGreaterThanOrEqualTo(applied);
		this.counter = 10;
		issueToCounty();
		second.drain();
		assertThat(taskTitles(county)).containsExactly("任务1", "任务11", "任务2", "任务3");
		assertThat(county.bean(RestoredPeers.class).lost(CITY)).isNotEmpty();
	}

	@Test
	void aReceiverRestoredIsSentAgainWhatItLostAndAppliesItOnce() {
		PipedLink first = connected();
		issueToCounty();
		first.drain();
		DatabaseBackup backup = DatabaseBackup.take(county);
		issueToCounty();
		issueToCounty();
		first.drain();
		first.close();
		backup.restore();
		assertThat(taskTitles(county)).containsExactly("任务1");

		PipedLink second = connected();
		assertThat(audited(county, "RESYNC_REQUIRED")).isEmpty();
		assertThat(audited(city, "LOG_RENEWED")).isEmpty();
		assertThat(taskTitles(county)).containsExactly("任务1", "任务2", "任务3");
		assertThat(jdbc(county).sql("SELECT COUNT(*) FROM fed_applied_event WHERE origin_node = ?")
			.param(CITY)
			.query(Long.class)
			.single())
			.isEqualTo(jdbc(county).sql("SELECT COUNT(DISTINCT event_id) FROM fed_applied_event WHERE origin_node = ?")
				.param(CITY)
				.query(Long.class)
				.single());
		issueToCounty();
		second.drain();
		assertThat(taskTitles(county)).containsExactly("任务1", "任务2", "任务3", "任务4");
	}

	private PipedLink connected() {
		PipedLink link = PipedLink.connect(city, county);
		link.drain();
		return link;
	}

	private void issueToCounty() {
		TaskContent content = new TaskContent("任务" + (++this.counter), "内容", TaskSource.LEADER_INSTRUCTION,
				TaskType.ROUTINE, null, LocalDate.now().plusDays(30));
		Actor supervisor = new Actor("sup", "督查员", CITY, CITY + ":dcs", Set.of(Role.SUPERVISOR));
		IssuedTasks.issue(city.context(),
				new IssueTask(content, List.of(new IssueTask.Assignee("441704", AssignmentRole.LEAD))), supervisor);
	}

	private static long ackedByCounty() {
		return jdbc(city).sql("SELECT acked_seq FROM fed_outbound_log WHERE peer_code = '441704' AND channel = 'task'")
			.query(Long.class)
			.single();
	}

	private static List<String> appliedFromCityAfter(long seq) {
		return jdbc(county)
			.sql("SELECT event_id FROM fed_applied_event WHERE origin_node = ? AND channel = 'task' AND seq > ? "
					+ "ORDER BY seq")
			.params(CITY, seq)
			.query(String.class)
			.list();
	}

	private static long lastSeq(TestNode node) {
		return jdbc(node).sql("SELECT last_seq FROM fed_outbound_log WHERE peer_code = '441704' AND channel = 'task'")
			.query(Long.class)
			.single();
	}

	private static long taskCursor(TestNode node) {
		return jdbc(node).sql("SELECT applied_seq FROM fed_inbound_cursor WHERE channel = 'task'")
			.query(Long.class)
			.single();
	}

	private static List<String> taskTitles(TestNode node) {
		return jdbc(node).sql("SELECT title FROM task ORDER BY title").query(String.class).list();
	}

	private static JdbcClient jdbc(TestNode node) {
		return node.bean(JdbcClient.class);
	}

	private static List<String> audited(TestNode node, String action) {
		return node.bean(AuditTrail.class)
			.latest(200)
			.stream()
			.filter((record) -> record.action().equals(action))
			.map(AuditRecord::detail)
			.filter((detail) -> !detail.startsWith("reference:"))
			.toList();
	}

}
