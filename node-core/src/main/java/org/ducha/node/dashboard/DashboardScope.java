package org.ducha.node.dashboard;

import java.util.Map;
import java.util.Set;

/**
 * The assignments a dashboard counts: those of units at the given nodes, and of one unit
 * only when the caller is one of that unit's people. A task counts when at least one of
 * its assignments does.
 *
 * @param extent node or subtree
 * @param nodes the nodes whose units are counted
 * @param unitCode the caller's unit when the figures are limited to it, else null
 */
record DashboardScope(Extent extent, Set<String> nodes, String unitCode) {

	DashboardScope {
		nodes = Set.copyOf(nodes);
	}

	/** Whether the figures are limited to one unit. */
	boolean isUnitOnly() {
		return this.unitCode != null;
	}

	/** The SQL condition on an assignment table alias. */
	String condition(String alias) {
		String nodesCondition = alias + ".unit_node IN (:scopeNodes)";
		return isUnitOnly() ? nodesCondition + " AND " + alias + ".unit_code = :scopeUnit" : nodesCondition;
	}

	/** Adds the parameters of {@link #condition(String)}. */
	void bind(Map<String, Object> params) {
		params.put("scopeNodes", this.nodes);
		if (isUnitOnly()) {
			params.put("scopeUnit", this.unitCode);
		}
	}

}
