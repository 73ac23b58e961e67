package org.ducha.node.inspection.finding;

import java.util.List;

import org.ducha.node.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rectification requirements held here, each within what the caller may see: a
 * unit's people read only their own unit's.
 */
@Service
public class Rectifications {

	private final RectificationStore store;

	private final FindingScope scope;

	Rectifications(RectificationStore store, FindingScope scope) {
		this.store = store;
		this.scope = scope;
	}

	/** The requirements the caller may see, the latest first. */
	@Transactional(readOnly = true)
	public List<RectificationDetail> visible(Actor actor) {
		return this.store.all()
			.stream()
			.filter((rectification) -> this.scope.seesRectification(rectification, actor))
			.map((rectification) -> RectificationDetail.of(rectification, this.store.reports(rectification.id())))
			.toList();
	}

	/** The requirements of a plan of this node, for whoever reads its findings. */
	@Transactional(readOnly = true)
	public List<RectificationDetail> ofPlan(String planId, Actor actor) {
		this.scope.planToRead(planId, actor);
		return this.store.ofPlan(planId)
			.stream()
			.map((rectification) -> RectificationDetail.of(rectification, this.store.reports(rectification.id())))
			.toList();
	}

	/** One requirement the caller may see. */
	@Transactional(readOnly = true)
	public RectificationDetail get(String id, Actor actor) {
		Rectification rectification = this.store.find(id).orElseThrow(() -> FindingScope.rectificationNotFound(id));
		this.scope.requireReader(rectification, actor);
		return RectificationDetail.of(rectification, this.store.reports(id));
	}

}
