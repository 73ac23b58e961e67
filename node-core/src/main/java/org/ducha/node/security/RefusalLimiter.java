package org.ducha.node.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the audit of refused requests bounded. Per minute and client (an address for a
 * request without a valid token, the account for one with), the first
 * {@value #DETAILED_PER_CLIENT} refusals are recorded one by one and the rest only
 * counted; the counts become one summary when the minute is over. At most
 * {@value #CLIENTS_PER_MINUTE} clients are tracked a minute; refusals of any further
 * client are counted together. An anonymous flood therefore adds at most
 * {@code CLIENTS_PER_MINUTE × DETAILED_PER_CLIENT + 1} records a minute and holds no more
 * than {@code CLIENTS_PER_MINUTE} counters, whatever its size.
 */
final class RefusalLimiter {

	/** Refusals of one client recorded one by one in a minute. */
	static final int DETAILED_PER_CLIENT = 3;

	/** Clients tracked one by one in a minute. */
	static final int CLIENTS_PER_MINUTE = 50;

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private Instant minute;

	private final Map<String, Long> refusals = new LinkedHashMap<>();

	private long untracked;

	/**
	 * Counts a refusal.
	 * @param client who was refused
	 * @param now when
	 * @return whether to record it one by one, and the summary of an earlier minute that
	 * this one closed, if any
	 */
	synchronized Admission admit(String client, Instant now) {
		Optional<Summary> ended = closeEnded(now);
		if (this.minute == null) {
			this.minute = now.truncatedTo(ChronoUnit.MINUTES);
		}
		Long seen = this.refusals.get(client);
		if (seen == null && this.refusals.size() >= CLIENTS_PER_MINUTE) {
			this.untracked++;
			return new Admission(false, ended);
		}
		long count = (seen != null) ? seen + 1 : 1;
		this.refusals.put(client, count);
		return new Admission(count <= DETAILED_PER_CLIENT, ended);
	}

	/** The summary of the minute counted so far, if it is over by {@code now}. */
	synchronized Optional<Summary> closeEnded(Instant now) {
		if (this.minute == null || now.isBefore(this.minute.plus(MINUTE))) {
			return Optional.empty();
		}
		return close();
	}

	/** The summary of the minute counted so far, over or not (at shutdown). */
	synchronized Optional<Summary> close() {
		if (this.minute == null) {
			return Optional.empty();
		}
		Map<String, Long> suppressed = new LinkedHashMap<>();
		this.refusals.forEach((client, count) -> {
			if (count > DETAILED_PER_CLIENT) {
				suppressed.put(client, count - DETAILED_PER_CLIENT);
			}
		});
		Summary summary = new Summary(this.minute, suppressed, this.untracked);
		this.minute = null;
		this.refusals.clear();
		this.untracked = 0;
		return summary.isEmpty() ? Optional.empty() : Optional.of(summary);
	}

	/**
	 * What to do with one refusal.
	 *
	 * @param recordIt whether it is recorded one by one
	 * @param ended the summary of an earlier minute, to be recorded first
	 */
	record Admission(boolean recordIt, Optional<Summary> ended) {
	}

	/**
	 * The refusals of a minute that were not recorded one by one.
	 *
	 * @param minute when the minute began
	 * @param suppressed per tracked client, its refusals beyond the first few
	 * @param untracked refusals of clients beyond the tracked ones
	 */
	record Summary(Instant minute, Map<String, Long> suppressed, long untracked) {

		boolean isEmpty() {
			return this.suppressed.isEmpty() && this.untracked == 0;
		}

		long total() {
			return this.suppressed.values().stream().mapToLong(Long::longValue).sum() + this.untracked;
		}

		String describe() {
			String clients = this.suppressed.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + " ×" + entry.getValue())
				.collect(Collectors.joining(", "));
			return total() + " more refusals in the minute from " + this.minute
					+ " were counted, not recorded one by one" + (clients.isEmpty() ? "" : ": " + clients)
					+ ((this.untracked > 0)
							? "; " + this.untracked + " from clients beyond the first " + CLIENTS_PER_MINUTE : "");
		}

	}

}
