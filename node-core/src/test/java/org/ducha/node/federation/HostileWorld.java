package org.ducha.node.federation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.google.protobuf.InvalidProtocolBufferException;

import org.ducha.node.alert.AlertDraft;
import org.ducha.node.alert.AlertKind;
import org.ducha.node.alert.Alerting;
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
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The federation a hostile county attacks (the province, the city, 江城区 441702 and the
 * county 阳东区 441704), with the real records the cases restate or refer to: tasks of the
 * city and the province to the county, alerts both ways, an extension request; and,
 * through {@link WorkRecords}, the records of lead and co-units, returned reports, people
 * in charge and the ladder.
 */
final class HostileWorld implements AutoCloseable {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	final Federation federation;

	final TestNode province;

	final TestNode city;

	final TestNode county;

	/** A task of the city to 阳东区, and that assignment. */
	final String cityTask;

	final String cityAssignment;

	/**
	 * A task of the province to 阳东区 (skip-level, through the city), and that assignment.
	 */
	final String provinceTask;

	final String provinceAssignment;

	/** An alert the city raised to 阳东区, and one 阳东区 raised to the city. */
	final String alertToCounty;

	final String alertToCity;

	/** An extension request 阳东区 made on the city's task. */
	final String extensionRequest;

	/** Contributions, a report, people in charge and ladder steps, all real. */
	final WorkRecords work;

	private HostileWorld(Federation federation) {
		this.federation = federation;
		this.province = federation.province;
		this.city = federation.city;
		this.county = federation.yangdong;
		this.cityTask = issue(this.city, "441700:fgj", "阳江市防汛检查", lead("441704"));
		this.provinceTask = issue(this.province, "440000:zfb", "全省安全生产大检查", lead("441704"));
		awaitHeld(this.county, "assignment", "task_id", this.cityTask, this.provinceTask);
		awaitHeld(this.city, "assignment", "task_id", this.cityTask, this.provinceTask);
		this.cityAssignment = assignmentOf(this.city, this.cityTask, "441704");
		this.provinceAssignment = assignmentOf(this.city, this.provinceTask, "441704");
		this.alertToCounty = this.city.bean(Alerting.class)
			.raise(new AlertDraft(AlertKind.PROMPT, "441704", null, null, null, "请关注汛情", null, null),
					new Actor("sup-441700", "督查员", "441700", "441700:fgj", Set.of(Role.SUPERVISOR)))
			.getId();
		this.alertToCity = this.county.bean(Alerting.class)
			.raise(new AlertDraft(AlertKind.RISK, "441700", null, null, null, "汛情风险", null, null),
					new Actor("sup-441704", "督查员", "441704", "441704", Set.of(Role.SUPERVISOR)))
			.getId();
		this.extensionRequest = this.county.bean(Extensions.class)
			.request(this.cityAssignment, LocalDate.now().plusMonths(6), "汛期施工受阻",
					new Actor("handler-441704", "承办人", "441704", "441704", Set.of(Role.HANDLER)))
			.getId();
		awaitHeld(this.county, "alert", "id", this.alertToCounty, this.alertToCity);
		awaitHeld(this.city, "alert", "id", this.alertToCounty, this.alertToCity);
		awaitHeld(this.city, "extension_request", "id", this.extensionRequest);
		this.work = WorkRecords.made(this);
	}

	static HostileWorld start() {
		return new HostileWorld(Federation.withCounties(Map.of(), (code, builder) -> {
		}, "441702", "441704"));
	}

	@Override
	public void close() {
		this.federation.close();
	}

	static IssueTask.Assignee lead(String unit) {
		return new IssueTask.Assignee(unit, AssignmentRole.LEAD);
	}

	static IssueTask.Assignee co(String unit) {
		return new IssueTask.Assignee(unit, AssignmentRole.CO);
	}

	static String issue(TestNode node, String unit, String title, IssueTask.Assignee... assignees) {
		return IssuedTasks
			.issue(node.context(),
					new IssueTask(new TaskContent(title, null, TaskSource.ANNUAL_KEY_WORK, TaskType.ROUTINE, null,
							LocalDate.now().plusMonths(3)), List.of(assignees)),
					new Actor("sup-" + node.code(), "督查员", node.code(), unit, Set.of(Role.SUPERVISOR)))
			.getId();
	}

	static String assignmentOf(TestNode node, String task, String unit) {
		return jdbc(node).sql("SELECT id FROM assignment WHERE task_id = ? AND unit_code = ?")
			.params(task, unit)
			.query(String.class)
			.single();
	}

	static JdbcClient jdbc(TestNode node) {
		return node.bean(JdbcClient.class);
	}

	/** Waits until a node holds a row of a table for each of the values of a column. */
	static void awaitHeld(TestNode node, String table, String column, String... values) {
		await().atMost(PATIENCE)
			.until(() -> List.of(values)
				.stream()
				.allMatch((value) -> jdbc(node).sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
					.param(value)
					.query(Long.class)
					.single() > 0));
	}

	/** Writes an entry into a node's outbox, as whoever holds that node may. */
	static String send(TestNode from, Channel channel, String origin, String destination, Event event) {
		String eventId = WireEvents.id();
		new TransactionTemplate(from.bean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> from.bean(Outbox.class)
				.send(channel, new Delivery(eventId, origin, destination, Instant.now(), event)));
		return eventId;
	}

	/**
	 * The first event of a kind a node really sent to a peer that matches, to restate it
	 * as it was, or altered.
	 */
	static Event sent(TestNode from, String peer, Event.KindCase kind, Predicate<Event> which) {
		List<Event> events = new ArrayList<>();
		for (byte[] payload : jdbc(from)
			.sql("SELECT payload FROM fed_outbound_entry WHERE peer_code = ? AND event_type = ? ORDER BY seq")
			.params(peer, kind.name())
			.query(byte[].class)
			.list()) {
			try {
				events.add(Event.parseFrom(payload));
			}
			catch (InvalidProtocolBufferException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return events.stream()
			.filter(which)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(from.code() + " sent no such " + kind + " to " + peer));
	}

	/** An entry that must be applied at every node on its way. */
	HostileCase applied(String label, TestNode sender, Channel channel, String destination, Event event) {
		return new HostileCase(label, sender, channel, destination, event, HostileCase.Expect.APPLIED, null,
				path(sender, destination), direction(sender, destination));
	}

	/** An entry its first receiver must quarantine, for a reason containing the given. */
	HostileCase quarantined(String label, TestNode sender, Channel channel, String destination, Event event,
			String reason) {
		return new HostileCase(label, sender, channel, destination, event, HostileCase.Expect.QUARANTINED, reason,
				path(sender, destination), direction(sender, destination));
	}

	/** The nodes an entry passes, first receiver first. */
	private List<TestNode> path(TestNode sender, String destination) {
		List<TestNode> path = new ArrayList<>();
		if (sender == this.county) {
			path.add(this.city);
			if (destination.equals("440000")) {
				path.add(this.province);
			}
		}
		else if (sender == this.city) {
			path.add(destination.equals("440000") ? this.province : this.county);
		}
		else {
			path.add(this.city);
			if (destination.equals("441704")) {
				path.add(this.county);
			}
		}
		return path;
	}

	private Direction direction(TestNode sender, String destination) {
		return (sender == this.county || (sender == this.city && destination.equals("440000"))) ? Direction.UP
				: Direction.DOWN;
	}

}
