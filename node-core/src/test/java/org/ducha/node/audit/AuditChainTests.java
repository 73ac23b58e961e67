package org.ducha.node.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain without a database: SM3 as the standard gives it, an encoding in which
 * every field counts and no two records collide, and a walk that names each kind of
 * break.
 */
class AuditChainTests {

	private static final Instant T0 = Instant.parse("2026-03-02T01:02:03.123456Z");

	@Test
	void hashesWithSm3AsGbT32905GivesIt() {
		assertThat(AuditChain.sm3("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		assertThat(AuditChain.sm3("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void chainsFromAFixedGenesisAndDependsOnThePreviousHash() {
		assertThat(AuditChain.GENESIS).isEqualTo("0".repeat(64));
		ChainEntry entry = entry(1, "detail");
		String first = AuditChain.link(AuditChain.GENESIS, entry);
		assertThat(first).hasSize(64).isEqualTo(AuditChain.link(AuditChain.GENESIS, entry));
		assertThat(AuditChain.link(first, entry)).isNotEqualTo(first);
	}

	@Test
	void everyFieldAndThePlaceCount() {
		ChainEntry entry = new ChainEntry(7, T0, "LINK", "FRAME_REFUSED", "node:441704", "441704", "detail");
		String hash = AuditChain.link(AuditChain.GENESIS, entry);
		assertThat(AuditChain.link(AuditChain.GENESIS,
				new ChainEntry(7, T0, "LINK", "FRAME_REFUSED", "node:441704", "441704", "detail")))
			.isEqualTo(hash);
		List<ChainEntry> changed = List.of(entry.at(8),
				new ChainEntry(7, T0.plusNanos(1_000), "LINK", "FRAME_REFUSED", "node:441704", "441704", "detail"),
				new ChainEntry(7, T0, "SECURITY", "FRAME_REFUSED", "node:441704", "441704", "detail"),
				new ChainEntry(7, T0, "LINK", "FRAME_ACCEPTED", "node:441704", "441704", "detail"),
				new ChainEntry(7, T0, "LINK", "FRAME_REFUSED", "node:441702", "441704", "detail"),
				new ChainEntry(7, T0, "LINK", "FRAME_REFUSED", "node:441704", "441702", "detail"),
				new ChainEntry(7, T0, "LINK", "FRAME_REFUSED", "node:441704", "441704", "detail."));
		for (ChainEntry other : changed) {
			assertThat(AuditChain.link(AuditChain.GENESIS, other)).as(other.toString()).isNotEqualTo(hash);
		}
	}

	@Test
	void fieldBoundariesAndAbsentFieldsAreUnambiguous() {
		ChainEntry abC = new ChainEntry(1, T0, "LINK", "X", "ab", "c", null);
		ChainEntry aBc = new ChainEntry(1, T0, "LINK", "X", "a", "bc", null);
		ChainEntry absent = new ChainEntry(1, T0, "LINK", "X", null, null, null);
		ChainEntry empty = new ChainEntry(1, T0, "LINK", "X", "", null, null);
		ChainEntry movedNull = new ChainEntry(1, T0, "LINK", "X", null, "", null);
		assertThat(List.of(abC, aBc, absent, empty, movedNull)).extracting(AuditChain::canonical)
			.doesNotHaveDuplicates();
		assertThat(List.of(abC, aBc, absent, empty, movedNull))
			.extracting((e) -> AuditChain.link(AuditChain.GENESIS, e))
			.doesNotHaveDuplicates();
	}

	@Test
	void encodesTextAsUtf8AndTimeAsStoredMicroseconds() {
		ChainEntry chinese = new ChainEntry(1, T0, "OPERATION", "REMINDER_SENT", "督查员", null, "请按时报送进展");
		assertThat(new String(AuditChain.canonical(chinese), StandardCharsets.UTF_8)).contains("督查员", "请按时报送进展");
		assertThat(AuditChain.micros(T0)).isEqualTo(T0.getEpochSecond() * 1_000_000 + 123_456);
		// digits below the microsecond are not stored, so they cannot count
		assertThat(AuditChain.link(AuditChain.GENESIS,
				new ChainEntry(1, T0.plusNanos(999), "LINK", "X", null, null, null)))
			.isEqualTo(AuditChain.link(AuditChain.GENESIS, new ChainEntry(1, T0, "LINK", "X", null, null, null)));
	}

	@Test
	void anIntactChainAndAnEmptyOneVerify() {
		List<StoredEntry> chain = chain(5);
		ChainVerdict verdict = walk(chain, head(chain));
		assertThat(verdict).isEqualTo(ChainVerdict.intact(5, 5, chain.get(4).hash()));
		assertThat(walk(List.of(), new ChainHead(0, AuditChain.GENESIS)))
			.isEqualTo(ChainVerdict.intact(0, 0, AuditChain.GENESIS));
	}

	@Test
	void findsAnEditedRecord() {
		List<StoredEntry> chain = chain(5);
		ChainHead head = head(chain);
		chain.set(2, replace(chain.get(2), (e) -> new ChainEntry(e.sequence(), e.occurredAt(), e.category(), e.action(),
				e.actor(), e.peer(), "changed afterwards")));
		assertBroken(walk(chain, head), ChainBreak.EDITED, 3L, "record 3 does not match its hash (edited)", 2);
	}

	@Test
	void findsADeletedRecord() {
		List<StoredEntry> chain = chain(5);
		ChainHead head = head(chain);
		chain.remove(2);
		assertBroken(walk(chain, head), ChainBreak.DELETED, 3L, "record 3 is missing", 2);
	}

	@Test
	void findsSwappedRecordsAndRecordsRenumberedOverADeletion() {
		List<StoredEntry> chain = chain(5);
		ChainHead head = head(chain);
		List<StoredEntry> swapped = new ArrayList<>(chain);
		swapped.set(2, replace(chain.get(3), (e) -> e.at(3)));
		swapped.set(3, replace(chain.get(2), (e) -> e.at(4)));
		assertBroken(walk(swapped, head), ChainBreak.REORDERED, 3L, "record 3 is not chained to record 2", 2);

		List<StoredEntry> renumbered = new ArrayList<>(chain.subList(0, 2));
		renumbered.add(replace(chain.get(3), (e) -> e.at(3)));
		renumbered.add(replace(chain.get(4), (e) -> e.at(4)));
		assertBroken(walk(renumbered, new ChainHead(4, chain.get(4).hash())), ChainBreak.REORDERED, 3L,
				"reordered, renumbered or replaced", 2);
	}

	@Test
	void findsADeletedTailAgainstTheHead() {
		List<StoredEntry> chain = chain(5);
		ChainHead head = head(chain);
		assertBroken(walk(chain.subList(0, 4), head), ChainBreak.TAIL_DELETED, 5L,
				"the trail ends at record 4 but its head is at record 5", 4);
		assertBroken(walk(List.of(), head), ChainBreak.TAIL_DELETED, 1L, "the trail is empty", 0);
	}

	@Test
	void findsAReplacedTailThatWasChainedAgainButNotTheHead() {
		List<StoredEntry> chain = chain(5);
		ChainHead head = head(chain);
		ChainEntry forged = new ChainEntry(5, T0, "SECURITY", "NOTHING_HAPPENED", "system", null, null);
		chain.set(4, new StoredEntry(5, forged, chain.get(3).hash(), AuditChain.link(chain.get(3).hash(), forged)));
		assertBroken(walk(chain, head), ChainBreak.HEAD_MISMATCH, 5L, "the end of the trail was replaced", 4);
	}

	@Test
	void findsRecordsBeyondTheHeadDuplicatesAndTheHeadsLoss() {
		List<StoredEntry> chain = chain(5);
		assertBroken(walk(chain, new ChainHead(4, chain.get(3).hash())), ChainBreak.BEYOND_HEAD, 5L,
				"record 5 lies beyond the chain head at 4", 4);
		List<StoredEntry> twice = new ArrayList<>(chain);
		twice.add(3, chain.get(2));
		assertBroken(walk(twice, head(chain)), ChainBreak.DUPLICATED, 3L, "record 3 appears more than once", 3);
		assertBroken(walk(chain, null), ChainBreak.HEAD_MISSING, null, "the chain head is missing", 5);
		ChainWalk walk = new ChainWalk(head(chain));
		chain.forEach(walk::accept);
		assertBroken(walk.finish(2), ChainBreak.UNCHAINED, null, "2 records carry no sequence", 5);
	}

	private static void assertBroken(ChainVerdict verdict, ChainBreak kind, Long at, String problem, long intact) {
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.kind()).isEqualTo(kind);
		assertThat(verdict.firstBrokenSequence()).isEqualTo(at);
		assertThat(verdict.problem()).contains(problem);
		assertThat(verdict.records()).isEqualTo(intact);
		assertThat(verdict.lastSequence()).isEqualTo(intact);
	}

	private static ChainVerdict walk(List<StoredEntry> rows, ChainHead head) {
		ChainWalk walk = new ChainWalk(head);
		for (StoredEntry row : rows) {
			if (!walk.accept(row)) {
				break;
			}
		}
		return walk.finish(0);
	}

	private static ChainHead head(List<StoredEntry> chain) {
		StoredEntry last = chain.get(chain.size() - 1);
		return new ChainHead(last.entry().sequence(), last.hash());
	}

	private static StoredEntry replace(StoredEntry row, UnaryOperator<ChainEntry> change) {
		return new StoredEntry(row.id(), change.apply(row.entry()), row.previousHash(), row.hash());
	}

	private static List<StoredEntry> chain(int length) {
		List<StoredEntry> chain = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (int place = 1; place <= length; place++) {
			ChainEntry entry = entry(place, "record " + place);
			String hash = AuditChain.link(previous, entry);
			chain.add(new StoredEntry(place, entry, previous, hash));
			previous = hash;
		}
		return chain;
	}

	private static ChainEntry entry(long place, String detail) {
		return new ChainEntry(place, T0.plusSeconds(place), "LINK", "FRAME_REFUSED", "node:441704", "441704", detail);
	}

}
