package org.ducha.node.federation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.Alerting;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.divisions.Divisions;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.task.AssignmentRole;
import org.ducha.node.task.Extensions;
import org.ducha.node.task.IssueTask;
import org.ducha.node.task.TaskContent;
import org.ducha.node.task.TaskSource;
import org.ducha.node.task.TaskType;
import org.ducha.node.testing.Federation;
import org.ducha.node.testing.IssuedTasks;
import org.ducha.node.testing.TestNode;
import org.ducha.node.tree.Directory;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.TaskIssued;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A county broken into: its certificate, its node token and its database are the
 * attacker's, who writes whatever entries it likes into its outbox, and the real link
 * (gRPC, mutual TLS, node token) carries them. For every row of the authority table
 * (docs/protocol.md §8) the allowed direction is applied at every node on the way, and
 * each forbidden one — the wrong way, the wrong channel, in another node's name — is
 * quarantined by its first receiver, audited there, listed at the sender, and has no
 * effect there or beyond: the city, and the province behind it, which a relay never
 * forwards it to. The four attacks of issue 14 are shown by name, and a kind this version
 * does not know still crosses the relay intact.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileChildIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static Federation federation;

	private static TestNode province;

	private static TestNode city;

	private static TestNode county;

	/** A task of the city to 阳东区, and that assignment. */
	private static String cityTask;

	private static String cityAssignment;

	/**
	 * A task of the province to 阳东区 (skip-level, through the city), and that assignment.
	 */
	private static String provinceTask;

	private static String provinceAssignment;

	/** An alert the city raised to 阳东区, and one 阳东区 raised to the city. */
	private static String alertToCounty;

	private static String alertToCity;

	/** An extension request 阳东区 made on the city's task. */
	private static String extensionRequest;

	@BeforeAll
	static void start() {
		federation = Federation.withCounties(Map.of(), (code, builder) -> {
		}, "441702", "441704");
		province = federation.province;
		city = federation.city;
		county = federation.yangdong;
		cityTask = issue(city, "441700:fgj", "阳江市防汛检查");
		provinceTask = issue(province, "440000:zfb", "全省安全生产大检查");
		await().atMost(PATIENCE).until(() -> count(county, "assignment") == 2 && count(city, "assignment") == 2);
		cityAssignment = assignmentOf(city, cityTask);
		provinceAssignment = assignmentOf(city, provinceTask);
		alertToCounty = city.bean(Alerting.class)
			.raise(new AlertDraft(AlertKind.PROMPT, "441704", null, null, null, "请关注汛情", null, null),
					new Actor("sup-441700", "督查员", "441700", "441700:fgj", Set.of(Role.SUPERVISOR)))
			.getId();
		alertToCity = county.bean(Alerting.class)
			.raise(new AlertDraft(AlertKind.RISK, "441700", null, null, null, "汛情风险", null, null),
					new Actor("sup-441704", "督查员", "441704", "441704", Set.of(Role.SUPERVISOR)))
			.getId();
		extensionRequest = county.bean(Extensions.class)
			.request(cityAssignment, LocalDate.now().plusMonths(6), "汛期施工受阻",
					new Actor("handler-441704", "承办人", "441704", "441704", Set.of(Role.HANDLER)))
			.getId();
		await().atMost(PATIENCE)
			.until(() -> count(county, "alert") == 2 && count(city, "alert") == 2
					&& count(city, "extension_request") == 1);
	}

	@AfterAll
	static void stop() {
		if (federation != null) {
			federation.close();
		}
	}

	private static String issue(TestNode node, String unit, String title) {
		return IssuedTasks
			.issue(node.context(),
					new IssueTask(
							new TaskContent(title, null, TaskSource.MEETING_DECISION, TaskType.ROUTINE, null,
									LocalDate.now().plusMonths(3)),
							List.of(new IssueTask.Assignee("441704", AssignmentRole.LEAD))),
					new Actor("sup-" + node.code(), "督查员", node.code(), unit, Set.of(Role.SUPERVISOR)))
			.getId();
	}

	private static String assignmentOf(TestNode node, String task) {
		return jdbc(node).sql("SELECT id FROM assignment WHERE task_id = ?").param(task).query(String.class).single();
	}

	private static JdbcClient jdbc(TestNode node) {
		return node.bean(JdbcClient.class);
	}

	private static long count(TestNode node, String table) {
		return jdbc(node).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/** Writes an entry into a node's outbox, as whoever holds that node may. */
	private static String send(TestNode from, Channel channel, String origin, String destination, Event event) {
		String eventId = WireEvents.id();
		new TransactionTemplate(from.bean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> from.bean(Outbox.class)
				.send(channel, new Delivery(eventId, origin, destination, Instant.now(), event)));
		return eventId;
	}

	/** What a case expects. */
	private enum Expect {

		APPLIED, QUARANTINED

	}

	/**
	 * An entry sent over the real links and what must become of it.
	 *
	 * @param label what it is
	 * @param kind its kind
	 * @param sender the node whose outbox it is written to
	 * @param channel its channel
	 * @param origin the origin it claims
	 * @param destination where it is addressed
	 * @param event the event
	 * @param expect applied everywhere on its path, or quarantined at its first receiver
	 * @param reason part of the quarantine's reason
	 */
	private record Case(String label, Event.KindCase kind, TestNode sender, Channel channel, String origin,
			String destination, Event event, Expect expect, String reason) {

		static Case applied(String label, TestNode sender, Channel channel, String destination, Event event) {
			return new Case(label, event.getKindCase(), sender, channel, sender.code(), destination, event,
					Expect.APPLIED, null);
		}

		static Case quarantined(String label, TestNode sender, Channel channel, String destination, Event event,
				String reason) {
			return new Case(label, event.getKindCase(), sender, channel, sender.code(), destination, event,
					Expect.QUARANTINED, reason);
		}

		/** The nodes it passes, first receiver first. */
		List<TestNode> path() {
			List<TestNode> path = new ArrayList<>();
			if (this.sender == county) {
				path.add(city);
				if (this.destination.equals("440000")) {
					path.add(province);
				}
			}
			else if (this.sender == city) {
				path.add(this.destination.equals("440000") ? province : county);
			}
			else {
				path.add(city);
				if (this.destination.equals("441704")) {
					path.add(county);
				}
			}
			return path;
		}

		Direction direction() {
			return (this.sender == county || (this.sender == city && this.destination.equals("440000"))) ? Direction.UP
					: Direction.DOWN;
		}

	}

	/** The county's copy of the city's task, as issued, to restate. */
	private static TaskIssued cityTaskAsIssued() {
		byte[] payload = jdbc(city)
			.sql("SELECT payload FROM fed_outbound_entry WHERE peer_code = '441704' AND event_type = 'TASK_ISSUED' "
					+ "ORDER BY seq LIMIT 1")
			.query(byte[].class)
			.single();
		try {
			return Event.parseFrom(payload).getTaskIssued();
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Event restated(TaskIssued issued, String issuer, long revision, String title) {
		return Event.newBuilder()
			.setTaskIssued(issued.toBuilder()
				.setIssuingNode(issuer)
				.setIssuingUnit(issuer.equals(issued.getIssuingNode()) ? issued.getIssuingUnit() : issuer)
				.setRevision(revision)
				.setTitle(title))
			.build();
	}

	/**
	 * Every row's allowed direction(s), and each forbidden one, at the first receiver and
	 * through a relay.
	 */
	private static List<Case> cases() {
		TaskIssued issued = cityTaskAsIssued();
		String a4 = cityAssignment;
		String p4 = provinceAssignment;
		Channel report = Channel.CHANNEL_REPORT;
		Channel alert = Channel.CHANNEL_ALERT;
		Channel task = Channel.CHANNEL_TASK;
		Channel reference = Channel.CHANNEL_REFERENCE;
		String notHis = "is originated by the assignee's node, node 441702, not by node 441704";
		List<Case> cases = new ArrayList<>();
		// TaskIssued: down from its issuer
		cases.add(Case.applied("the city restates its task", city, task, "441704",
				restated(issued, "441700", issued.getRevision() + 1, "阳江市防汛检查（修订）")));
		cases.add(Case.quarantined("the county restates the city's task upward, as its issuer", county, report,
				"441700", restated(issued, "441704", 99, "伪造"), "TaskIssued travels on the task channel"));
		cases.add(Case.quarantined("the county sends a task of its own to the province", county, report, "440000",
				restated(issued.toBuilder().setTaskId(WireEvents.id()).build(), "441704", 1, "伪造"),
				"TaskIssued travels on the task channel"));
		cases.add(Case.quarantined("the county sends a task upward on the alert channel", county, alert, "441700",
				restated(issued, "441704", 99, "伪造"), "TaskIssued travels on the task channel"));
		// a copy keeps its issuer and number, whoever restates it the right way
		cases.add(Case.quarantined("the province restates the city's task as its own", province, task, "441704",
				restated(issued, "440000", 1_000, "省里改的"), "has issuing node 441700; a copy stating 440000"));
		cases.add(Case.quarantined("the city renumbers its task", city, task, "441704",
				Event.newBuilder()
					.setTaskIssued(
							restated(issued, "441700", 1_000, "改号").getTaskIssued().toBuilder().setNumber("伪〔2030〕1号"))
					.build(),
				"a copy stating 伪〔2030〕1号 is refused"));
		// the assignee's facts: up from the assignee's node
		cases.add(Case.applied("the county signs the province's assignment", county, report, "440000",
				WireEvents.signed(p4, provinceTask, "441704")));
		cases.add(Case.quarantined("the county signs for another county", county, report, "441700",
				WireEvents.signed(a4, cityTask, "441702"), notHis));
		cases.add(Case.quarantined("the city sends a signing down", city, alert, "441704",
				WireEvents.signed(a4, cityTask, "441700:fgj"), "AssignmentSigned travels on the report channel"));
		cases.add(Case.applied("the county returns the city's assignment", county, report, "441700",
				WireEvents.returned(a4, cityTask, "441704", 1)));
		cases.add(Case.quarantined("the county returns for another county via the relay", county, report, "440000",
				WireEvents.returned(p4, provinceTask, "441702", 1), notHis));
		cases.add(Case.quarantined("the city sends a return down", city, alert, "441704",
				WireEvents.returned(a4, cityTask, "441700:fgj", 2), "AssignmentReturned travels on the report"));
		cases.add(Case.applied("the county reports to the province", county, report, "440000",
				WireEvents.reported(p4, provinceTask, "441704")));
		cases.add(Case.quarantined("the county reports for another county", county, report, "440000",
				WireEvents.reported(p4, provinceTask, "441702"), notHis));
		cases.add(Case.quarantined("the city sends a report down", city, alert, "441704",
				WireEvents.reported(a4, cityTask, "441700:fgj"), "ProgressReported travels on the report channel"));
		cases.add(Case.applied("the county asks the city for more time", county, report, "441700",
				WireEvents.extensionRequested(a4, cityTask, "441704")));
		cases.add(Case.quarantined("the county asks in another county's name", county, report, "441700",
				WireEvents.extensionRequested(a4, cityTask, "441702"), notHis));
		cases.add(Case.quarantined("the city sends a request down", city, alert, "441704",
				WireEvents.extensionRequested(a4, cityTask, "441700:fgj"), "travels on the report channel"));
		cases.add(Case.applied("the county asks the city to close", county, report, "441700",
				WireEvents.completionRequested(a4, cityTask, "441704", 10)));
		cases.add(Case.quarantined("the county asks to close another county's", county, report, "441700",
				WireEvents.completionRequested(a4, cityTask, "441702", 10), notHis));
		cases.add(Case.quarantined("the city sends a completion request down", city, alert, "441704",
				WireEvents.completionRequested(a4, cityTask, "441700:fgj", 11), "travels on the report channel"));
		cases.add(Case.applied("the county rolls up its decomposition", county, report, "441700",
				WireEvents.rolledUp(a4, cityTask, "441704")));
		cases.add(Case.quarantined("the county rolls up for another county", county, report, "441700",
				WireEvents.rolledUp(a4, cityTask, "441702"), notHis));
		cases.add(Case.quarantined("the city sends a roll-up down", city, alert, "441704",
				WireEvents.rolledUp(a4, cityTask, "441700:fgj"), "travels on the report channel"));
		cases.add(Case.applied("the county records a coordination", county, report, "441700",
				WireEvents.coordination(a4, cityTask, "441704")));
		cases.add(Case.quarantined("the county records one for another county", county, report, "441700",
				WireEvents.coordination(a4, cityTask, "441702"),
				"is originated by the lead unit's node, node 441702, not by node 441704"));
		cases.add(Case.quarantined("the city sends a coordination down", city, alert, "441704",
				WireEvents.coordination(a4, cityTask, "441700:fgj"), "travels on the report channel"));
		// the issuer's decisions: down from the issuing node
		cases.add(Case.applied("the city decides on the county's extension", city, task, "441704",
				WireEvents.extensionDecided(extensionRequest, a4, cityTask, "441700")));
		cases.add(Case.quarantined("the county decides on its own extension", county, report, "441700",
				WireEvents.extensionDecided(extensionRequest, a4, cityTask, "441704"), "travels on the task channel"));
		cases.add(Case.applied("the city refuses the county's completion", city, task, "441704",
				WireEvents.completionDecided(a4, cityTask, "441700", 20)));
		cases.add(Case.quarantined("the county approves its own completion", county, report, "440000",
				WireEvents.completionDecided(p4, provinceTask, "441704", 20), "travels on the task channel"));
		cases.add(Case.quarantined("the county decides in the province's name", county, alert, "440000",
				WireEvents.completionDecided(p4, provinceTask, "440000", 20),
				"CompletionDecided travels on the task channel"));
		cases.add(Case.quarantined("the city decides in the province's name", city, task, "441704",
				WireEvents.completionDecided(p4, provinceTask, "440000", 21),
				"is originated by the task's issuing node, node 440000, not by node 441700"));
		// alerts: either way, in the raising node's name; signed by the recipient's node
		cases.add(Case.applied("the county warns the province", county, alert, "440000",
				WireEvents.alert("441704", "441704", "440000", true)));
		cases.add(Case.applied("the city prompts the county", city, alert, "441704",
				WireEvents.alert("441700", "441700:fgj", "441704", false)));
		cases.add(Case.quarantined("the county warns in another county's name", county, alert, "440000",
				WireEvents.alert("441702", "441702", "440000", true),
				"is originated by the raising node, node 441702, not by node 441704"));
		cases.add(Case.quarantined("the county warns on the report channel", county, report, "441700",
				WireEvents.alert("441704", "441704", "441700", true), "AlertRaised travels on the alert channel"));
		cases.add(Case.applied("the county signs for the city's prompt", county, alert, "441700",
				WireEvents.acknowledged(alertToCounty, "441704")));
		cases.add(Case.applied("the city signs for the county's warning", city, alert, "441704",
				WireEvents.acknowledged(alertToCity, "441700")));
		cases.add(Case.quarantined("the county signs in the city's name", county, alert, "441700",
				WireEvents.acknowledged(alertToCity, "441700"),
				"is originated by the alert's recipient node, node 441700, not by node 441704"));
		// reminders: down from the urging node
		cases.add(Case.applied("the city urges the county", city, alert, "441704",
				WireEvents.reminder("441700", "441700:fgj", "441704", cityTask, a4)));
		cases.add(Case.quarantined("the county urges the city", county, alert, "441700",
				WireEvents.reminder("441704", "441704", "441700", cityTask, a4), "ReminderSent never travels up"));
		// reference data: down from the root
		cases.add(Case.applied("the province sets a notice for the county", province, reference, "441704",
				WireEvents.noticeSet(2031, 40)));
		cases.add(Case.quarantined("the county sets a notice upward", county, report, "441700",
				WireEvents.noticeSet(2031, 1_000_000), "CalendarNoticeSet travels on the reference channel"));
		cases.add(Case.quarantined("the county sets a notice for the province", county, alert, "440000",
				WireEvents.noticeSet(2031, 1_000_000), "CalendarNoticeSet travels on the reference channel"));
		cases.add(Case.quarantined("the city sets a notice for its county", city, reference, "441704",
				WireEvents.noticeSet(2032, 1_000_000),
				"is originated by the root node (the province), node 440000, not by node 441700"));
		cases.add(Case.applied("the province registers a division", province, reference, "441704",
				WireEvents.division("441798", "441700", 30)));
		cases.add(Case.quarantined("the county registers the province under itself", county, report, "441700",
				WireEvents.division("440000", "441704", 1_000_000), "DivisionSet travels on the reference channel"));
		cases.add(Case.quarantined("the city registers a division for its county", city, reference, "441704",
				WireEvents.division("441797", "441700", 1_000_000), "not by node 441700"));
		return cases;
	}

	@Test
	@Order(1)
	void everyRowIsAppliedTheWayItMayTravelAndQuarantinedEveryOtherWay() {
		List<Case> cases = cases();
		List<String> ids = new ArrayList<>();
		for (Case c : cases) {
			ids.add(send(c.sender(), c.channel(), c.origin(), c.destination(), c.event()));
		}
		List<String> failures = new ArrayList<>();
		Map<Event.KindCase, Set<Direction>> applied = new EnumMap<>(Event.KindCase.class);
		Map<Event.KindCase, Set<Direction>> refused = new EnumMap<>(Event.KindCase.class);
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			String id = ids.get(i);
			try {
				if (c.expect() == Expect.APPLIED) {
					assertApplied(c, id);
					applied.computeIfAbsent(c.kind(), (k) -> EnumSet.noneOf(Direction.class)).add(c.direction());
				}
				else {
					assertQuarantined(c, id);
					refused.computeIfAbsent(c.kind(), (k) -> EnumSet.noneOf(Direction.class)).add(c.direction());
				}
			}
			catch (AssertionError | RuntimeException ex) {
				failures.add(c.label() + ": " + ex.getMessage());
			}
		}
		assertThat(failures).isEmpty();
		city.bean(AuthorityTable.class).rows().forEach((kind, row) -> {
			for (Direction direction : Direction.values()) {
				Map<Event.KindCase, Set<Direction>> seen = row.allows(direction) ? applied : refused;
				assertThat(seen.getOrDefault(kind, Set.of()))
					.as(kind + " " + (row.allows(direction) ? "applied" : "quarantined") + " travelling " + direction)
					.contains(direction);
			}
		});
	}

	private static void assertApplied(Case c, String id) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(c.path()).allSatisfy(
					(node) -> assertThat(appliedAt(node, c.origin(), id)).as("applied at " + node.code()).isTrue()));
		for (TestNode node : federation.nodes()) {
			assertThat(quarantinedAt(node, id)).as("quarantined at " + node.code()).isZero();
		}
	}

	private static void assertQuarantined(Case c, String id) {
		TestNode receiver = c.path().get(0);
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(quarantinedAt(receiver, id)).as("quarantined at the first receiver " + receiver.code())
				.isEqualTo(1);
			assertThat(jdbc(c.sender())
				.sql("SELECT COUNT(*) FROM fed_quarantine WHERE side = 'OUT' AND event_id = ? AND reason LIKE ?")
				.params(id, "%" + c.reason() + "%")
				.query(Long.class)
				.single()).as("listed at the sender " + c.sender().code() + " with its reason").isEqualTo(1);
		});
		assertThat(receiver.bean(AuditTrail.class).latest(500))
			.filteredOn((record) -> record.action().equals("ENTRY_QUARANTINED") && record.detail().contains(id))
			.singleElement()
			.satisfies((record) -> {
				assertThat(record.category()).isEqualTo(AuditCategory.SECURITY);
				assertThat(record.detail()).contains(c.reason());
			});
		for (TestNode node : federation.nodes()) {
			assertThat(appliedAt(node, c.origin(), id)).as("applied at " + node.code()).isFalse();
		}
		assertThat(jdbc(receiver).sql("SELECT COUNT(*) FROM fed_outbound_entry WHERE event_id = ?")
			.param(id)
			.query(Long.class)
			.single()).as("forwarded by " + receiver.code()).isZero();
	}

	private static boolean appliedAt(TestNode node, String origin, String id) {
		return jdbc(node).sql("SELECT COUNT(*) FROM fed_applied_event WHERE origin_node = ? AND event_id = ?")
			.params(origin, id)
			.query(Long.class)
			.single() > 0;
	}

	private static long quarantinedAt(TestNode node, String id) {
		return jdbc(node).sql("SELECT COUNT(*) FROM fed_quarantine WHERE side = 'IN' AND event_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	@Test
	@Order(2)
	void attackA_theCountyRestatesTheCitysTaskAsItsOwnAndTheCitysTaskIsUnchanged() {
		Map<String, Object> before = taskRow(city, cityTask);
		String id = send(county, Channel.CHANNEL_REPORT, "441704", "441700",
				restated(cityTaskAsIssued(), "441704", 1_000, "县里改的标题"));
		await().atMost(PATIENCE).until(() -> quarantinedAt(city, id) == 1);
		assertThat(taskRow(city, cityTask)).isEqualTo(before).containsEntry("issuing_node", "441700");
	}

	@Test
	@Order(3)
	void attackB_theProvinceHoldsNoForgedCopy() {
		TaskIssued forged = cityTaskAsIssued().toBuilder().setTaskId(WireEvents.id()).build();
		String id = send(county, Channel.CHANNEL_REPORT, "441704", "440000", restated(forged, "441704", 1, "伪造"));
		await().atMost(PATIENCE).until(() -> quarantinedAt(city, id) == 1);
		assertThat(jdbc(province).sql("SELECT COUNT(*) FROM task WHERE id IN (?, ?)")
			.params(forged.getTaskId(), cityTask)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@Order(4)
	void attackC_aCalendarNoticeSentUpWithAHugeVersionReachesNoNodeAbove() {
		String toCity = send(county, Channel.CHANNEL_REPORT, "441704", "441700",
				WireEvents.noticeSet(2033, Long.MAX_VALUE / 2));
		String toProvince = send(county, Channel.CHANNEL_ALERT, "441704", "440000",
				WireEvents.noticeSet(2033, Long.MAX_VALUE / 2));
		await().atMost(PATIENCE).until(() -> quarantinedAt(city, toCity) == 1 && quarantinedAt(city, toProvince) == 1);
		for (TestNode node : List.of(city, province)) {
			assertThat(jdbc(node)
				.sql("SELECT COUNT(*) FROM calendar_notice WHERE notice_year = 2033 OR version >= 1000000")
				.query(Long.class)
				.single()).as("a notice of 2033, or of a huge version, at " + node.code()).isZero();
		}
	}

	@Test
	@Order(5)
	void anEventKindThisVersionDoesNotKnowCrossesTheRelayIntact() {
		Event future = Event.newBuilder()
			.setUnknownFields(UnknownFieldSet.newBuilder()
				.addField(99,
						UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("新事件")).build())
				.build())
			.build();
		String id = send(county, Channel.CHANNEL_REPORT, "441704", "440000", future);
		await().atMost(PATIENCE)
			.until(() -> jdbc(province).sql("SELECT COUNT(*) FROM fed_parked_event WHERE event_id = ?")
				.param(id)
				.query(Long.class)
				.single() == 1);
		assertThat(jdbc(province).sql("SELECT payload FROM fed_parked_event WHERE event_id = ?")
			.param(id)
			.query(byte[].class)
			.single()).isEqualTo(future.toByteArray());
		assertThat(appliedAt(city, "441704", id)).as("the relay passed it on").isTrue();
	}

	@Test
	@Order(6)
	void attackD_aHelloAnnouncingTheParentOrTheProvinceIsRefusedAndTheCityStillAcceptsTheRealProvince() {
		long refusedBefore = audited(city, "ANNOUNCEMENT_REFUSED").size();
		long provinceHellosBefore = helloAccepted(city, "440000");
		JdbcClient countyDb = jdbc(county);
		// the attacker's own registry and directory place the city and the province below
		// it
		countyDb
			.sql("INSERT INTO division (code, name, parent_code, retired, version, reason, changed_by, changed_at, "
					+ "origin_node) VALUES ('440000', '广东省', '441704', FALSE, 999, 'x', 'x', NOW(), '440000'), "
					+ "('441700', '阳江市', '441704', FALSE, 999, 'x', 'x', NOW(), '440000')")
			.update();
		countyDb
			.sql("INSERT INTO fed_directory_node (code, name, parent_code, via_peer) VALUES "
					+ "('440000', '广东省', '441704', '440000'), ('441700', '阳江市', '441704', '441700')")
			.update();
		county.bean(Divisions.class).reload();
		county.bean(Directory.class).reload();
		try {
			county.bean(LinkSessions.class).close("441700", "the attacker reconnects");
			await().atMost(PATIENCE).until(() -> audited(city, "ANNOUNCEMENT_REFUSED").size() > refusedBefore);
			assertThat(audited(city, "ANNOUNCEMENT_REFUSED")).first()
				.satisfies((record) -> assertThat(record.detail()).contains("is this node")
					.contains("is an ancestor of this node"));
			assertThat(city.bean(Directory.class).isSelfOrBelow("440000")).isFalse();
			assertThat(city.bean(Directory.class).subtreeOf("441704")).containsExactly("441704");

			// the real province is still accepted, and what it sends still arrives
			city.bean(LinkSessions.class).close("440000", "the test reconnects the city");
			await().atMost(PATIENCE).until(() -> helloAccepted(city, "440000") > provinceHellosBefore);
			String id = send(province, Channel.CHANNEL_ALERT, "440000", "441700",
					WireEvents.alert("440000", "440000:zfb", "441700", false));
			await().atMost(PATIENCE).until(() -> appliedAt(city, "440000", id));
		}
		finally {
			countyDb.sql("DELETE FROM division WHERE version = 999").update();
			countyDb.sql("DELETE FROM fed_directory_node WHERE code IN ('440000', '441700')").update();
			county.bean(Divisions.class).reload();
			county.bean(Directory.class).reload();
		}
		federation.awaitConnected();
	}

	private static List<AuditRecord> audited(TestNode node, String action) {
		return node.bean(AuditTrail.class)
			.latest(1000)
			.stream()
			.filter((record) -> record.action().equals(action))
			.toList();
	}

	private static long helloAccepted(TestNode node, String peer) {
		return audited(node, "HELLO_ACCEPTED").stream().filter((record) -> peer.equals(record.peer())).count();
	}

	private static Map<String, Object> taskRow(TestNode node, String id) {
		return jdbc(node)
			.sql("SELECT title, issuing_node, issuing_unit, number, revision, status FROM task WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
	}

}
