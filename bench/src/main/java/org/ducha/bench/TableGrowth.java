package org.ducha.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Scenario 7: does the link's cost stay flat as the tables grow? A round of scenario 2 (a
 * backlog of task events for the city, drained) on the city as the other scenarios left
 * it, then the city's tables filled with a million task copies more — each with its
 * assignment, report slots, timeline row and dedupe record, the rows the task handler
 * keeps — and the same round again. The fill writes its copies in multi-row inserts of
 * {@value #FILL_BATCH} copies per commit. Its ids are random UUIDs, as real ones, but
 * drawn beforehand and written in key order, so the fill appends to each primary key
 * while the tables end up spread over the whole key space, and the link's own copies land
 * among them at random as they would after years of real use. The fill's time is
 * reported.
 */
final class TableGrowth {

	/** Copies per multi-row insert and commit while filling. */
	static final int FILL_BATCH = 1_000;

	/** The goal: within 20 % of the round on small tables. */
	static final double GOAL_SHARE = 0.8;

	private final BenchFederation federation;

	private final BenchNode.Site site;

	private final BenchOptions options;

	TableGrowth(BenchFederation federation, BenchNode.Site site, BenchOptions options) {
		this.federation = federation;
		this.site = site;
		this.options = options;
	}

	void run(Report report) throws SQLException {
		String schema = "bench_" + BenchFederation.CITY;
		Origin origin = new Origin(this.federation.province);
		int events = this.options.linkEvents();
		long rowsBefore = taskRows(schema);
		LinkThroughput.Drain small = LinkThroughput.drain(this.federation, origin, events, Events::taskIssued);
		System.out.printf("  %d task rows at the city: %.0f events/s%n", rowsBefore, small.rate());
		int copies = this.options.growthCopies();
		long fillStarted = System.nanoTime();
		fill(schema, copies);
		double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
		long rowsAfter = taskRows(schema);
		System.out.printf("  filled %d copies in %.0f s; %d task rows%n", copies, fillSeconds, rowsAfter);
		LinkThroughput.Drain large = LinkThroughput.drain(this.federation, origin, events, Events::taskIssued);
		System.out.printf("  %d task rows at the city: %.0f events/s%n", rowsAfter, large.rate());
		String scenario = "7 cost as tables grow";
		String incomplete = (small.complete() && large.complete()) ? ""
				: "; a drain was not complete within its patience (" + small.applied() + " and " + large.applied()
						+ " of " + events + " applied), the rate is of what was applied";
		report.add(new Measurement(scenario,
				"province → city, " + events + " task events, " + rowsBefore + " task rows at the city", "events/s",
				List.of(small.rate()), null,
				"one round of scenario 2 on the city as the scenarios before left it" + incomplete));
		report.add(new Measurement(scenario, "the same with " + rowsAfter + " task rows at the city", "events/s",
				List.of(large.rate()), null, null));
		report.add(new Measurement(scenario, "ratio of the two", "", List.of(large.rate() / small.rate()),
				Goal.atLeast(GOAL_SHARE), "the issue's goal: within 20 % of the round on small tables; one round "
						+ "each, so the machine's noise (see scenario 1's spread) is not averaged out"));
		report.add(new Measurement(scenario, "fill: " + copies + " task copies written before the second round", "s",
				List.of(fillSeconds), null,
				String.format(Locale.ROOT,
						"%.0f copies/s; per copy a task, an assignment, %d report slots, a timeline row and a dedupe "
								+ "record, %d copies per multi-row insert and commit, ids ascending; not a goal",
						copies / fillSeconds, SetBasedAnchor.SLOTS, FILL_BATCH)));
	}

	private void fill(String schema, int copies) throws SQLException {
		CopyRows rows = new CopyRows(Events.PROVINCE, BenchFederation.CITY);
		try (Connection connection = DriverManager.getConnection(this.site.url(schema), "root", "")) {
			connection.setAutoCommit(false);
			int batch = Math.min(FILL_BATCH, copies);
			int commits = copies / batch;
			try (CopyRows.Statements statements = rows.prepare(connection, batch, sortedRandomIds(commits * batch))) {
				for (int commit = 0; commit < commits; commit++) {
					statements.insert(Instant.now());
					connection.commit();
				}
			}
		}
	}

	/**
	 * Random (version 4) UUIDs for {@code copies} copies, each kind in ascending order:
	 * the supplier hands out a task's, an assignment's and an event's id in turn, as
	 * {@link CopyRows} asks for them.
	 */
	static Supplier<String> sortedRandomIds(int copies) {
		Random random = new Random(20);
		long[][] kinds = new long[CopyRows.IDS_PER_COPY][copies];
		for (long[] kind : kinds) {
			for (int i = 0; i < copies; i++) {
				// the version nibble as UUID v4 has it; the sign flipped so that signed
				// order is the strings' (unsigned) order
				kind[i] = ((random.nextLong() & ~0xF000L) | 0x4000L) ^ Long.MIN_VALUE;
			}
			Arrays.sort(kind);
		}
		AtomicLong next = new AtomicLong();
		return () -> {
			long n = next.getAndIncrement();
			long high = kinds[(int) (n % CopyRows.IDS_PER_COPY)][(int) (n / CopyRows.IDS_PER_COPY)] ^ Long.MIN_VALUE;
			long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(high, low).toString();
		};
	}

	private long taskRows(String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.site.url(schema), "root", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM task")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
