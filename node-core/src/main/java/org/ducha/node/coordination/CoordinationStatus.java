package org.ducha.node.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where an assignment's coordination stands (二(一)): after two attempts without result the
 * lead unit must report in writing. The attempts that count are the unresolved ones after
 * the last resolved attempt (in the order they took place); a written report answers
 * those recorded before it, and two more unresolved attempts after it call for another.
 *
 * @param attempts all attempts recorded
 * @param unresolved unresolved attempts since the last resolved one
 * @param writtenReportRequired whether a written report is owed now
 * @param writtenReport the report that answered the current unresolved attempts, or null
 */
public record CoordinationStatus(int attempts, int unresolved, boolean writtenReportRequired,
		WrittenReport writtenReport) {

	/** Unresolved attempts that oblige the lead unit to report in writing. */
	static final int UNRESOLVED_BEFORE_REPORT = 2;

	private static final Comparator<Coordination> TOOK_PLACE = Comparator.comparing(Coordination::getCoordinatedOn)
		.thenComparing(Coordination::getRecordedAt)
		.thenComparing(Coordination::getId);

	/**
	 * The status from an assignment's attempts and written reports.
	 * @param coordinations the attempts, in any order
	 * @param reports the written reports, in any order
	 */
	public static CoordinationStatus of(List<Coordination> coordinations, List<WrittenReport> reports) {
		List<Coordination> ordered = new ArrayList<>(coordinations);
		ordered.sort(TOOK_PLACE);
		List<Coordination> streak = new ArrayList<>();
		for (Coordination coordination : ordered) {
			if (coordination.isResolved()) {
				streak.clear();
			}
			else {
				streak.add(coordination);
			}
		}
		WrittenReport answer = null;
		if (!streak.isEmpty()) {
			Instant streakBegan = streak.stream().map(Coordination::getRecordedAt).min(Comparator.naturalOrder()).get();
			answer = reports.stream()
				.filter((report) -> !report.reportedAt().isBefore(streakBegan))
				.max(Comparator.comparing(WrittenReport::reportedAt))
				.orElse(null);
		}
		Instant answeredThrough = (answer != null) ? answer.reportedAt() : null;
		long unanswered = streak.stream()
			.filter((attempt) -> answeredThrough == null || attempt.getRecordedAt().isAfter(answeredThrough))
			.count();
		return new CoordinationStatus(coordinations.size(), streak.size(), unanswered >= UNRESOLVED_BEFORE_REPORT,
				answer);
	}

}
