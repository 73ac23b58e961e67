package org.ducha.node.inspection.conclusion;

import java.util.List;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the conclusions held here, each only by who may see it: a unit's people see their
 * own unit's issued conclusions and nothing else.
 */
@Service
public class ConclusionRecords {

	private static final int SCAN = 2000;

	private final ConclusionStore store;

	private final ConclusionScope scope;

	ConclusionRecords(ConclusionStore store, ConclusionScope scope) {
		this.store = store;
		this.scope = scope;
	}

	/** One conclusion, with the review reminders sent about it. */
	@Transactional(readOnly = true)
	public ConclusionView get(String id, Actor actor) {
		Conclusion conclusion = this.store.find(id).orElseThrow(() -> ConclusionScope.notFound(id));
		this.scope.requireReader(actor, conclusion);
		return new ConclusionView(conclusion, this.store.reminded(id));
	}

	/** The conclusions on a plan the caller sees. */
	@Transactional(readOnly = true)
	public List<ConclusionView> ofPlan(String planId, Actor actor) {
		requireBusinessRole(actor);
		return this.store.ofPlan(planId)
			.stream()
			.filter((c) -> this.scope.sees(actor, c))
			.map((c) -> new ConclusionView(c, this.store.reminded(c.id())))
			.toList();
	}

	/** The conclusions held here that the caller sees, the latest first. */
	@Transactional(readOnly = true)
	public List<ConclusionView> visible(Actor actor) {
		requireBusinessRole(actor);
		return this.store.page(SCAN, 0)
			.stream()
			.filter((c) -> this.scope.sees(actor, c))
			.map((c) -> new ConclusionView(c, this.store.reminded(c.id())))
			.toList();
	}

	/**
	 * Lists are for the people of the business: supervisors, leaders, a unit's people.
	 */
	private static void requireBusinessRole(Actor actor) {
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD)) {
			throw new ForbiddenException("Conclusions are listed for supervisors, leaders and the inspected units' "
					+ "people (督查结论仅向督查人员和被督查单位公开)");
		}
	}

	/**
	 * A conclusion as read, with the marks (days before the review's deadline) reminded.
	 *
	 * @param conclusion the conclusion
	 * @param remindedDaysBefore the review reminders sent, in days before its deadline
	 */
	public record ConclusionView(Conclusion conclusion, List<Integer> remindedDaysBefore) {

		public ConclusionView {
			remindedDaysBefore = List.copyOf(remindedDaysBefore);
		}

	}

}
