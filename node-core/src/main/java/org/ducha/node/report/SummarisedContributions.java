package org.ducha.node.report;

import java.util.List;

/**
 * The co-units' contributions a lead unit's report may sum up: implemented by the feature
 * that keeps contributions, so that reports need not know it.
 */
public interface SummarisedContributions {

	/**
	 * Checks that each contribution was passed on to the given lead assignment and is
	 * held here.
	 * @throws org.ducha.node.problem.InvalidRequestException naming one that is not
	 */
	void check(String leadAssignmentId, List<String> contributionIds);

}
