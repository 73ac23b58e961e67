package org.ducha.node.federation.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ducha.node.federation.equivalence.WireScript.Log;
import org.ducha.node.federation.equivalence.WireScript.Outcome;
import org.ducha.node.federation.equivalence.WireScript.Sent;
import org.ducha.node.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches of any size leave the same state as one by one (docs/conventions.md, "Batch
 * equivalence"): a seeded script of wire entries — as a city receives them from the
 * province and from its counties — is played to one fresh city a batch of one entry at a
 * time and to another in batches of 1 to 300 entries cut at random (some resending
 * entries already applied), through the receiver's real path; then every table of the two
 * schemas must hold the same rows ({@link SchemaDump} says what counts as equal). A seed
 * counts only when it did real work; a negative control shows that the comparison sees
 * one entry gone.
 *
 * <p>
 * {@code -Dducha.equivalence.seeds=N -Dducha.equivalence.seed-start=S} runs more seeds,
 * {@code -Dducha.equivalence.seed=N} replays one, {@code -Dducha.equivalence.entries=N}
 * sets the length of a script.
 */
class BatchEquivalenceIntegrationTests {

	private static final int MAX_BATCH = 300;

	/** Tasks the city issues to its counties before each script. */
	private static final int CITY_TASKS = 6;

	/** Tables a script must have filled at the city, or it proved nothing. */
	private static final List<String> MUST_HOLD_ROWS = List.of("task", "assignment", "task_timeline", "progress_report",
			"extension_request", "alert", "ladder_step", "reminder", "fed_applied_event", "fed_quarantine",
			"fed_outbound_entry");

	private static final TestClock clock = TestClock.at("2026-03-02T09:00:00");

	private static ReceivingCity oneByOne;

	private static ReceivingCity batched;

	@BeforeAll
	static void start() {
		oneByOne = new ReceivingCity(clock);
		batched = new ReceivingCity(clock);
	}

	@AfterAll
	static void stop() {
		if (oneByOne != null) {
			oneByOne.close();
		}
		if (batched != null) {
			batched.close();
		}
	}

	@Test
	void batchesOfAnySizeLeaveEveryTableAsOneByOne() {
		List<String> failures = new ArrayList<>();
		long entries = 0;
		long batches = 0;
		long started = System.nanoTime();
		for (long seed : seeds()) {
			WireScript script = script(seed, Integer.getInteger("ducha.equivalence.entries", 400));
			List<List<Sent>> cut = batches(script, new Random(seed * 31 + 7), MAX_BATCH);
			Map<Log, List<Long>> quarantinedOne = oneByOne.receive(batches(script, null, 1));
			SchemaDump expected = oneByOne.dump(script.cityIds());
			Map<Log, List<Long>> quarantinedMany = batched.receive(cut);
			SchemaDump actual = batched.dump(script.cityIds());
			String replay = "seed " + seed + " (replay with -Dducha.equivalence.seed=" + seed + ")";
			List<String> differences = expected.differences(actual, "one by one", "in batches");
			if (!differences.isEmpty()) {
				failures.add(replay + ": " + String.join("\n  ", differences));
			}
			failures.addAll(provesNothing(script, expected, quarantinedOne).stream()
				.map((why) -> replay + ": " + why)
				.toList());
			if (!quarantinedMany.equals(quarantinedOne)) {
				failures.add(replay + ": quarantined one by one " + quarantinedOne + ", in batches " + quarantinedMany);
			}
			entries += script.sent.size();
			batches += cut.size();
		}
		System.out.printf("Batch equivalence: %d seeds, %d entries, %d batches in %d s%n", seeds().size(), entries,
				batches, (System.nanoTime() - started) / 1_000_000_000L);
		assertThat(failures).isEmpty();
	}

	/**
	 * The negative control: the same script played in batches with one entry made a
	 * duplicate of an earlier one (so its dedupe claim skips it) leaves another state,
	 * and the comparison names the tables that differ.
	 */
	@Test
	void theComparisonSeesOneEntryGone() {
		WireScript script = script(11, 150);
		oneByOne.receive(batches(script, null, 1));
		SchemaDump expected = oneByOne.dump(script.cityIds());
		List<List<Sent>> cut = batches(script, new Random(11), MAX_BATCH);
		Sent first = null;
		Sent gone = null;
		long seen = 0;
		for (List<Sent> batch : cut) {
			for (int i = 0; i < batch.size(); i++) {
				Sent sent = batch.get(i);
				if (sent.log() != Log.PROVINCE_ALERT || sent.entry().getSeq() <= seen) {
					continue; // another log, or resent
				}
				seen = sent.entry().getSeq();
				if (sent.outcome() != Outcome.APPLIED) {
					continue;
				}
				if (first == null) {
					first = sent;
				}
				else if (gone == null && sent.kind().equals("ALERT_RAISED")) {
					gone = sent;
					batch.set(i,
							new Sent(sent.log(),
									sent.entry().toBuilder().setEventId(first.entry().getEventId()).build(),
									Outcome.DUPLICATE, sent.kind()));
				}
			}
		}
		assertThat(gone).as("an alert raised by the province to drop").isNotNull();
		batched.receive(cut);
		List<String> differences = expected.differences(batched.dump(script.cityIds()), "one by one", "in batches");
		String alertId = gone.entry().getEvent().getAlertRaised().getAlertId();
		assertThat(differences).as("the differences").anySatisfy((difference) -> {
			assertThat(difference).startsWith("alert: ").contains("only one by one: ").contains(alertId);
		}).anySatisfy((difference) -> assertThat(difference).startsWith("fed_applied_event: "));
	}

	/**
	 * A seed's script, the two cities made ready for it: the first issues tasks of its
	 * own, the second becomes a copy of it.
	 */
	private static WireScript script(long seed, int size) {
		WireScript script = WireScript.of(seed, size,
				(world, random) -> oneByOne.issueOwnTasks(world, random, CITY_TASKS));
		batched.copyOf(oneByOne);
		return script;
	}

	/** Why a seed's run proves nothing; empty when it did real work. */
	private static List<String> provesNothing(WireScript script, SchemaDump state, Map<Log, List<Long>> quarantined) {
		List<String> reasons = new ArrayList<>();
		for (String table : MUST_HOLD_ROWS) {
			if (state.rows(table) == 0) {
				reasons.add("table " + table + " is empty");
			}
		}
		long applied = script.sent.size() - script.count(Outcome.DUPLICATE) - script.count(Outcome.QUARANTINED);
		if (state.rows("fed_applied_event") != applied) {
			reasons.add("the script has " + script.sent.size() + " entries, " + script.count(Outcome.DUPLICATE)
					+ " duplicates and " + script.count(Outcome.QUARANTINED) + " forbidden, but "
					+ state.rows("fed_applied_event") + " were applied");
		}
		long said = quarantined.values().stream().mapToLong(List::size).sum();
		if (said != script.count(Outcome.QUARANTINED) || state.rows("fed_quarantine") != said) {
			reasons.add(script.count(Outcome.QUARANTINED) + " entries are forbidden, but the Acks listed " + said
					+ " and the quarantine holds " + state.rows("fed_quarantine"));
		}
		return reasons;
	}

	/**
	 * The script cut into batches: each round of one log into batches of random size up
	 * to {@code max} (with no random, one entry each); now and then a batch begins with
	 * up to three entries already applied, as a sender resends after a lost Ack.
	 */
	static List<List<Sent>> batches(WireScript script, Random random, int max) {
		List<List<Sent>> batches = new ArrayList<>();
		List<Sent> sent = script.sent;
		int i = 0;
		while (i < sent.size()) {
			Log log = sent.get(i).log();
			int end = i;
			while (end < sent.size() && sent.get(end).log() == log) {
				end++;
			}
			while (i < end) {
				int size = (random == null) ? 1 : 1 + random.nextInt(random.nextBoolean() ? max : 20);
				int to = Math.min(end, i + size);
				List<Sent> batch = new ArrayList<>();
				if (random != null && random.nextInt(10) == 0) {
					batch.addAll(alreadyApplied(sent, i, log, 1 + random.nextInt(3)));
				}
				batch.addAll(sent.subList(i, to));
				batches.add(batch);
				i = to;
			}
		}
		return batches;
	}

	/** Up to {@code count} entries of a log just before position {@code i}. */
	private static List<Sent> alreadyApplied(List<Sent> sent, int i, Log log, int count) {
		List<Sent> before = new ArrayList<>();
		for (int j = i - 1; j >= 0 && before.size() < count; j--) {
			if (sent.get(j).log() == log) {
				before.add(0, sent.get(j));
			}
		}
		return before;
	}

	private static List<Long> seeds() {
		String single = System.getProperty("ducha.equivalence.seed");
		if (single != null && !single.isBlank()) {
			return List.of(Long.parseLong(single));
		}
		long count = Long.getLong("ducha.equivalence.seeds", 3);
		long start = Long.getLong("ducha.equivalence.seed-start", 1);
		List<Long> seeds = new ArrayList<>();
		for (long seed = start; seed < start + count; seed++) {
			seeds.add(seed);
		}
		return seeds;
	}

}
