package org.ducha.node.federation.equivalence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;
import org.ducha.proto.federation.v1.Event;
import org.ducha.proto.federation.v1.TaskStatus;

/**
 * A seeded sequence of wire entries as the city 441700 receives them from its parent (the
 * province's task and alert logs) and from its two counties (their report and alert logs,
 * answering tasks of the province, which pass through the city, and the city's own tasks,
 * which stop there): in rounds, each a run of one log, so that what the city applies
 * comes in the same order whatever the batches a run cuts from each round. A round mixes
 * kinds, runs of one kind and repeats (a task revised and its status changed, several
 * reports on one assignment); some entries restate an earlier one under a new sequence
 * number (a duplicate, which the dedupe claim skips), and a few are forbidden by the
 * authority rules (quarantined): a task on an alert log, a task that carries another
 * node's assignment, and a ladder step restated with other facts.
 */
final class WireScript {

	/** The logs the city follows: a peer's log of a channel. */
	enum Log {

		PROVINCE_TASK(ScriptWorld.PROVINCE, Channel.CHANNEL_TASK),
		PROVINCE_ALERT(ScriptWorld.PROVINCE, Channel.CHANNEL_ALERT),
		JIANGCHENG_REPORT("441702", Channel.CHANNEL_REPORT), JIANGCHENG_ALERT("441702", Channel.CHANNEL_ALERT),
		YANGDONG_REPORT("441704", Channel.CHANNEL_REPORT), YANGDONG_ALERT("441704", Channel.CHANNEL_ALERT);

		final String peer;

		final Channel channel;

		Log(String peer, Channel channel) {
			this.peer = peer;
			this.channel = channel;
		}

	}

	/** What the receiver must do with an entry. */
	enum Outcome {

		APPLIED, DUPLICATE, QUARANTINED

	}

	/** An entry on its log, and what must become of it. */
	record Sent(Log log, Entry entry, Outcome outcome, String kind) {
	}

	final long seed;

	final List<Sent> sent = new ArrayList<>();

	private final Random random;

	private final ScriptWorld world;

	private final Map<Log, Long> seqs = new EnumMap<>(Log.class);

	private final Map<Log, List<Sent>> applied = new EnumMap<>(Log.class);

	private final ScriptRounds rounds;

	private WireScript(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
		this.world = new ScriptWorld(this.random);
		this.rounds = new ScriptRounds(this.world, this.random);
	}

	/**
	 * A script of about {@code size} entries.
	 * @param before what the city holds before the script (its own tasks), put in the
	 * script's world with the script's random
	 */
	static WireScript of(long seed, int size, BiConsumer<ScriptWorld, Random> before) {
		WireScript script = new WireScript(seed);
		before.accept(script.world, script.random);
		script.write(size);
		return script;
	}

	/** The ids of the city's own tasks and assignments, which the city made. */
	Set<String> cityIds() {
		Set<String> ids = new HashSet<>();
		for (ScriptWorld.Task task : this.world.cityTasks) {
			ids.add(task.id);
			task.assignments.forEach((assignment) -> ids.add(assignment.id));
		}
		return ids;
	}

	private void write(int size) {
		// the first tasks and alerts, so that the children have something to answer
		round(Log.PROVINCE_TASK, 5 + this.random.nextInt(20));
		while (this.sent.size() < size) {
			Log log = pick();
			int length = (this.random.nextInt(4) == 0) ? 100 + this.random.nextInt(250) : 1 + this.random.nextInt(40);
			round(log, Math.min(length, size - this.sent.size() + 1));
		}
		// each kind of refusal at least once
		for (ScriptRounds.Forbidden forbidden : ScriptRounds.Forbidden.values()) {
			if (this.rounds.forbiddenLeft(forbidden)) {
				Log log = forbidden.log(this.world, this.random);
				round(log, 2 + this.random.nextInt(5));
				add(log, this.rounds.forbidden(forbidden), Outcome.QUARANTINED);
				round(log, 2 + this.random.nextInt(5));
			}
		}
	}

	private Log pick() {
		int roll = this.random.nextInt(100);
		if (roll < 30) {
			return Log.PROVINCE_TASK;
		}
		if (roll < 45) {
			return Log.PROVINCE_ALERT;
		}
		if (roll < 60) {
			return Log.JIANGCHENG_REPORT;
		}
		if (roll < 75) {
			return Log.YANGDONG_REPORT;
		}
		return (roll < 88) ? Log.JIANGCHENG_ALERT : Log.YANGDONG_ALERT;
	}

	private void round(Log log, int length) {
		for (int i = 0; i < length; i++) {
			List<Sent> before = this.applied.getOrDefault(log, List.of());
			if (!before.isEmpty() && this.random.nextInt(100) < 4) {
				Sent again = before.get(this.random.nextInt(before.size()));
				add(log, again.entry().getEventId(), again.entry().getDestinationNode(), again.entry().getEvent(),
						Outcome.DUPLICATE);
				continue;
			}
			ScriptRounds.Forbidden forbidden = this.rounds.forbiddenOn(log);
			if (forbidden != null && this.random.nextInt(200) == 0) {
				add(log, this.rounds.forbidden(forbidden), Outcome.QUARANTINED);
				continue;
			}
			ScriptRounds.Next next = this.rounds.next(log);
			if (next == null) {
				return; // nothing this log can say now
			}
			add(log, next, Outcome.APPLIED);
		}
	}

	private void add(Log log, ScriptRounds.Next next, Outcome outcome) {
		add(log, this.world.id(), next.destination(), next.event(), outcome);
	}

	private void add(Log log, String eventId, String destination, Event event, Outcome outcome) {
		long seq = this.seqs.merge(log, 1L, Long::sum);
		Entry entry = Entry.newBuilder()
			.setSeq(seq)
			.setEventId(eventId)
			.setOriginNode(log.peer)
			.setDestinationNode(destination)
			.setOccurredAt(ScriptEvents.AT)
			.setEvent(event)
			.build();
		Sent sent = new Sent(log, entry, outcome, event.getKindCase().name());
		this.sent.add(sent);
		if (outcome == Outcome.APPLIED) {
			this.applied.computeIfAbsent(log, (l) -> new ArrayList<>()).add(sent);
		}
	}

	long count(Outcome outcome) {
		return this.sent.stream().filter((s) -> s.outcome() == outcome).count();
	}

	/** Whether the script ever changed a task's status to this one. */
	boolean reached(TaskStatus status) {
		return this.world.tasks.stream().anyMatch((task) -> task.status == status);
	}

}
