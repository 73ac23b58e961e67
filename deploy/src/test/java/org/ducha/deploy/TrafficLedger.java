package org.ducha.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * What {@link Traffic} wrote, and where: the expectations of the end-to-end check
 * ({@link ExactlyOnceCheck}).
 */
final class TrafficLedger {

	/**
	 * An assignment of a task to a county.
	 *
	 * @param taskId the task
	 * @param assignmentId the assignment
	 * @param lead whether it is the lead unit's (a co-unit contributes instead of
	 * reporting)
	 */
	record Assignment(String taskId, String assignmentId, boolean lead) {
	}

	/** Task id → (county → assignment id). */
	final Map<String, Map<String, String>> tasks = new ConcurrentHashMap<>();

	/** Prompt id → the county it is addressed to. */
	final Map<String, String> prompts = new ConcurrentHashMap<>();

	/** Report id → the county that wrote it. */
	final Map<String, String> reports = new ConcurrentHashMap<>();

	/** Contribution id → the co-unit county that wrote it. */
	final Map<String, String> contributions = new ConcurrentHashMap<>();

	/** Prompt of the city id → the county it is addressed to. */
	final Map<String, String> cityPrompts = new ConcurrentHashMap<>();

	/** Title of each prompt the city's supervisor meant to raise → its county. */
	final Map<String, String> cityIntents = new ConcurrentHashMap<>();

	/** Warning id → the county that raised it. */
	final Map<String, String> warnings = new ConcurrentHashMap<>();

	/** Alerts their recipient signed for. */
	final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	/** Per county, the assignments it signed. */
	final Map<String, List<Assignment>> signed = new ConcurrentHashMap<>();

	/** Requests that failed (none should). */
	final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	final Map<String, Deque<Assignment>> pendingSignatures = new ConcurrentHashMap<>();

	final Map<String, Deque<String>> pendingPrompts = new ConcurrentHashMap<>();

	final Deque<String> pendingWarnings = new ConcurrentLinkedDeque<>();

	int signatures() {
		return this.signed.values().stream().mapToInt(List::size).sum();
	}

	@Override
	public String toString() {
		return "tasks=" + this.tasks.size() + ", prompts=" + this.prompts.size() + ", signatures=" + signatures()
				+ ", reports=" + this.reports.size() + ", contributions=" + this.contributions.size() + ", warnings="
				+ this.warnings.size() + ", acknowledgements=" + this.acknowledged.size() + ", city prompts="
				+ this.cityPrompts.size() + " of " + this.cityIntents.size() + ", failed requests="
				+ this.failures.size();
	}

}
