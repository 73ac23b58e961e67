package org.ducha.node.decomposition;

import java.time.Instant;
import java.util.List;

/**
 * How the sub-tasks of a decomposed assignment stand: the decomposing node's revision of
 * the list of their assignments, and what it adds up to. Completion, progress and light
 * are the lead units' (docs/business-rules.md §6.8): a co-unit's part ends with its
 * lead's.
 *
 * @param assignmentId the decomposed assignment
 * @param revision the decomposing node's revision; 0 when nothing was decomposed
 * @param computedAt when the decomposing node computed it; null for revision 0
 * @param parts the sub-tasks' assignments
 */
public record RollUp(String assignmentId, long revision, Instant computedAt, List<RollUpPart> parts) {

	private static final List<String> LIGHTS = List.of("GREEN", "YELLOW", "RED");

	public RollUp {
		parts = List.copyOf(parts);
	}

	static RollUp none(String assignmentId) {
		return new RollUp(assignmentId, 0, null, List.of());
	}

	/** The number of sub-tasks. */
	public long subTasks() {
		return this.parts.stream().map(RollUpPart::subTaskId).distinct().count();
	}

	/** The number of sub-task assignments signed for. */
	public long signed() {
		return this.parts.stream().filter((part) -> !"PENDING_SIGN".equals(part.status())).count();
	}

	/** The number of sub-tasks' lead assignments closed (销号). */
	public long completed() {
		return this.parts.stream().filter(RollUpPart::isLead).filter(RollUpPart::isCompleted).count();
	}

	/**
	 * The mean progress of the sub-tasks' lead assignments, a completed one counting as
	 * 100; 0 when there are none.
	 */
	public int percentComplete() {
		return (int) Math.round(this.parts.stream()
			.filter(RollUpPart::isLead)
			.mapToInt((part) -> part.isCompleted() ? 100 : part.percentComplete())
			.average()
			.orElse(0));
	}

	/**
	 * The worst light of the sub-tasks' open lead assignments; null when none is open.
	 */
	public String light() {
		return this.parts.stream()
			.filter((part) -> part.isLead() && !part.isCompleted() && part.light() != null)
			.map(RollUpPart::light)
			.max((a, b) -> Integer.compare(LIGHTS.indexOf(a), LIGHTS.indexOf(b)))
			.orElse(null);
	}

}
