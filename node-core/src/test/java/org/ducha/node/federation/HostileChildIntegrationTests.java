package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditRecord;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.divisions.Divisions;
import org.ducha.node.testing.TestNode;
import org.ducha.node.tree.Directory;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.ContributionForwarded;
import org.ducha.proto.federation.v1.ContributionMade;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.RectificationReported;
import org.ducha.proto.federation.v1.TaskIssued;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.node.federation.HostileWorld.PATIENCE;
import static org.ducha.node.federation.HostileWorld.jdbc;
import static org.ducha.node.federation.HostileWorld.send;

/**
 * A county broken into: its certificate, its node token and its database are the
 * attacker's, who writes whatever entries it likes into its outbox, and the real link
 * (gRPC, mutual TLS, node token) carries them. For every row of the authority table
 * (docs/protocol.md §8) the allowed direction is applied at every node on the way, and
 * each forbidden one — the wrong way, the wrong channel, in another node's name — is
 * quarantined by its first receiver, audited there, listed at the sender, and has no
 * effect there or beyond: the city, and the province behind it, which a relay never
 * forwards it to. A restatement changing what a row declares immutable is quarantined and
 * leaves every copy as it was. The four attacks of issue 14 are shown by name, and a kind
 * this version does not know still crosses the relay intact.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileChildIntegrationTests {

	/**
	 * The families of cases, one per feature; a new kind adds its cases to its feature's
	 * family, or a family of its own here.
	 */
	private static final List<Function<HostileWorld, List<HostileCase>>> CASES = List.of(HostileCases::of,
			HostileContributionCases::of, HostileLadderCases::of, HostileAppointmentCases::of,
			HostileInspectionCases::of, HostileConclusionCases::of, HostileFindingCases::of, HostileBulletinCases::of,
			HostileAssessmentCases::of, HostilePriorityCases::of);

	private static HostileWorld world;

	private static TestNode province;

	private static TestNode city;

	private static TestNode county;

	@BeforeAll
	static void start() {
		world = HostileWorld.start();
		province = world.province;
		city = world.city;
		county = world.county;
	}

	@AfterAll
	static void stop() {
		if (world != null) {
			world.close();
		}
	}

	@Test
	@Order(1)
	void everyRowIsAppliedTheWayItMayTravelAndQuarantinedEveryOtherWay() {
		List<HostileCase> cases = CASES.stream().flatMap((family) -> family.apply(world).stream()).toList();
		List<String> ids = new ArrayList<>();
		for (HostileCase c : cases) {
			ids.add(send(c.sender(), c.channel(), c.origin(), c.destination(), c.event()));
		}
		List<String> failures = new ArrayList<>();
		Map<Event.KindCase, Set<Direction>> applied = new EnumMap<>(Event.KindCase.class);
		Map<Event.KindCase, Set<Direction>> refused = new EnumMap<>(Event.KindCase.class);
		for (int i = 0; i < cases.size(); i++) {
			HostileCase c = cases.get(i);
			String id = ids.get(i);
			try {
				if (c.expect() == HostileCase.Expect.APPLIED) {
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

	/**
	 * The immutable facts the replication itself guards (the copy held is compared, not
	 * only the sender): a contribution's unit and assignment, its words as passed on, and
	 * the notice a rectification answers.
	 */
	@Test
	@Order(2)
	void aRestatementChangingWhatNeverChangesIsQuarantinedAndEveryCopyStaysAsItWas() {
		WorkRecords work = world.work;
		ContributionMade made = HostileContributionCases.countyContribution(world);
		ContributionForwarded forwarded = HostileWorld
			.sent(city, "441704", Event.KindCase.CONTRIBUTION_FORWARDED,
					(event) -> event.getContributionForwarded()
						.getContribution()
						.getContributionId()
						.equals(work.forwardedContribution()))
			.getContributionForwarded();
		RectificationReported rectified = HostileLadderCases.countyRectification(world);
		List<HostileCase> restatements = List.of(world.quarantined("the county moves its contribution to another task",
				county, Channel.CHANNEL_REPORT, "441700",
				HostileContributionCases
					.made(made.toBuilder().setTaskId(work.otherCoTask()).setAssignmentId(work.otherCoAssignment())),
				"a copy stating unit 441704 on assignment " + work.otherCoAssignment() + " is refused"),
				world.quarantined("the city passes 江城区's contribution on in other words", city, Channel.CHANNEL_TASK,
						"441704",
						HostileContributionCases.forwarded(forwarded.toBuilder()
							.setContribution(forwarded.getContribution().toBuilder().setProgress("全部整治完毕"))),
						"is passed on with other words than the co-unit stated"),
				world.quarantined("the county's rectification answers another notice", county, Channel.CHANNEL_REPORT,
						"440000", HostileLadderCases.rectification(rectified.toBuilder().setStepId(WireEvents.id())),
						"Rectification report " + work.rectification() + " answers notice " + work.notice()));
		List<String> ids = restatements.stream()
			.map((c) -> send(c.sender(), c.channel(), c.origin(), c.destination(), c.event()))
			.toList();
		for (int i = 0; i < restatements.size(); i++) {
			assertQuarantined(restatements.get(i), ids.get(i));
		}
		assertThat(jdbc(city).sql("SELECT assignment_id FROM contribution WHERE id = ?")
			.param(work.countyContribution())
			.query(String.class)
			.single()).isEqualTo(work.coAssignment());
		assertThat(jdbc(county).sql("SELECT progress FROM contribution WHERE id = ?")
			.param(work.forwardedContribution())
			.query(String.class)
			.single()).isEqualTo(forwarded.getContribution().getProgress());
		for (TestNode node : List.of(city, province)) {
			assertThat(jdbc(node).sql("SELECT step_id FROM rectification_report WHERE id = ?")
				.param(work.rectification())
				.query(String.class)
				.single()).as("the notice answered, at " + node.code()).isEqualTo(work.notice());
		}
	}

	private static void assertApplied(HostileCase c, String id) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(c.path()).allSatisfy(
					(node) -> assertThat(appliedAt(node, c.origin(), id)).as("applied at " + node.code()).isTrue()));
		for (TestNode node : world.federation.nodes()) {
			assertThat(quarantinedAt(node, id)).as("quarantined at " + node.code()).isZero();
		}
	}

	private static void assertQuarantined(HostileCase c, String id) {
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
		for (TestNode node : world.federation.nodes()) {
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
	@Order(3)
	void attackA_theCountyRestatesTheCitysTaskAsItsOwnAndTheCitysTaskIsUnchanged() {
		Map<String, Object> before = taskRow(city, world.cityTask);
		String id = send(county, Channel.CHANNEL_REPORT, "441704", "441700",
				HostileCases.restated(HostileCases.cityTaskAsIssued(world), "441704", 1_000, "县里改的标题"));
		await().atMost(PATIENCE).until(() -> quarantinedAt(city, id) == 1);
		assertThat(taskRow(city, world.cityTask)).isEqualTo(before).containsEntry("issuing_node", "441700");
	}

	@Test
	@Order(4)
	void attackB_theProvinceHoldsNoForgedCopy() {
		TaskIssued forged = HostileCases.cityTaskAsIssued(world).toBuilder().setTaskId(WireEvents.id()).build();
		String id = send(county, Channel.CHANNEL_REPORT, "441704", "440000",
				HostileCases.restated(forged, "441704", 1, "伪造"));
		await().atMost(PATIENCE).until(() -> quarantinedAt(city, id) == 1);
		assertThat(jdbc(province).sql("SELECT COUNT(*) FROM task WHERE id IN (?, ?)")
			.params(forged.getTaskId(), world.cityTask)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@Order(5)
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
	@Order(6)
	void anEventKindThisVersionDoesNotKnowCrossesTheRelayIntact() {
		// a field number far above the kinds in use (99 became ConclusionSigned)
		Event future = Event.newBuilder()
			.setUnknownFields(UnknownFieldSet.newBuilder()
				.addField(999,
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
	@Order(7)
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
		world.federation.awaitConnected();
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
